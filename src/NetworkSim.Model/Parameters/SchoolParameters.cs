namespace NetworkSim.Model.Parameters;

/// <summary>The school's context for change back home, and teams and senior leaders (mechanism 8).</summary>
public sealed record SchoolParameters
{
    [Parameter(0, 1, "support", "Mean support for change back home when the network starts.", "002:L17-19",
        PlausibleLow = 0.2, PlausibleHigh = 0.6, PlausibleWhy = "assumption: from schools that barely support change to ones that mostly do (002:L17-19: 'much more is needed from the school as a whole')")]
    public double SupportInitial { get; init; } = 0.4;

    [Parameter(0, 0.5, "support", "Spread (standard deviation) of initial support across schools.", "003:L213; spread: assumption A6",
        PlausibleLow = 0.05, PlausibleHigh = 0.25, PlausibleWhy = "assumption A6: from schools much alike to schools that differ widely (003:L213)")]
    public double SupportSpread { get; init; } = 0.15;

    [Parameter(0, 1, "share of gap per tick", "Support growth per tick while an engaged senior leader of the school takes part in the network.", "000:L30, 004:L45",
        PlausibleLow = 0.004, PlausibleHigh = 0.016, PlausibleWhy = "assumption: half to twice the default; 000:L30 and 004:L45 name the effect, not its size")]
    public double LeaderPresence { get; init; } = 0.008;

    [Parameter(1, 50, "network members", "Critical mass: engaged network members from one school needed for the team effect.", "000:L30", Integer = true,
        PlausibleLow = 2, PlausibleHigh = 3, PlausibleWhy = "000:L30: a senior leader 'joined by other members of his/her team' (two) to a team of three (001:L44, 000:L54: 'any three members')")]
    public double TeamCriticalMass { get; init; } = 2;

    [Parameter(0, 1, "share of gap per tick", "Support growth per tick while the school has a critical mass of engaged network members.", "000:L30, 001:L44",
        PlausibleLow = 0.0025, PlausibleHigh = 0.01, PlausibleWhy = "assumption: half to twice the default; 000:L30 names the effect, not its size")]
    public double TeamPresence { get; init; } = 0.005;

    [Parameter(0, 1, "share of gap per tick", "Support growth per tick per share of the school's leaders who practise (leaders' adoption raises support).", "assumption A15: the model brief's mechanism 5; the seeds say leaders provide support (003:L243, 004:L59), not that their own adoption raises it",
        PlausibleLow = 0.0075, PlausibleHigh = 0.03, PlausibleWhy = "assumption A15: half to twice the default")]
    public double LeaderAdoption { get; init; } = 0.015;

    [Parameter(0, 1, "share per tick", "Pull of support back towards its initial level per tick.", "assumption A5",
        PlausibleLow = 0.005, PlausibleHigh = 0.02, PlausibleWhy = "assumption A5: half to twice the default (a gap halves in about 70 to 35 weeks)")]
    public double SupportDecay { get; init; } = 0.01;

    [Parameter(0, 1, "share of support per staff-week away", "Support lost at a convening per share of the school's staff-time spent away at it (cover, work left undone): share of staff away x away_days / 5.", "000:L30, 000:L10; size: assumption A8",
        PlausibleLow = 0, PlausibleHigh = 1, PlausibleWhy = "assumption A8: from no cost at all to a loss of support equal to the staff-time given up; nothing in the sources sizes it")]
    public double TimeAway { get; init; } = 1;

    [Parameter(0, 5, "days per convening", "Days of the five-day school week a network member spends at a convening: in that week it meets colleagues (1 - away_days / 5) as often, and its school pays time_away for that share of its time.", "000:L10, 000:L30, 000:L54; days: assumption A8",
        PlausibleLow = 0.5, PlausibleHigh = 2, PlausibleWhy = "assumption A8: from half a day to two days a convening")]
    public double AwayDays { get; init; } = 1;

    [Parameter(0, 1, "share of support per tick", "Support lost per tick to competing 'urgent needs' in a school whose senior leader is not an active network member (no one protects the work).", "004:L45; size: assumption A16",
        PlausibleLow = 0, PlausibleHigh = 0.01, PlausibleWhy = "assumption A16: from none to twice the default; 004:L45 names the pull, not its size")]
    public double CompetingDemands { get; init; } = 0.005;
}
