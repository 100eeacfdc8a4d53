namespace NetworkSim.Model.Parameters;

/// <summary>The school's context for change back home, and teams and senior leaders (mechanism 8).</summary>
public sealed record SchoolParameters
{
    [Parameter(0, 1, "support", "Mean support for change back home when the network starts.", "002:L17-19")]
    public double SupportInitial { get; init; } = 0.4;

    [Parameter(0, 0.5, "support", "Spread (standard deviation) of initial support across schools.", "003:L213; spread: assumption A6")]
    public double SupportSpread { get; init; } = 0.15;

    [Parameter(0, 1, "share of gap per tick", "Support growth per tick while an engaged senior leader of the school takes part in the network.", "000:L30, 004:L45")]
    public double LeaderPresence { get; init; } = 0.008;

    [Parameter(1, 50, "network members", "Critical mass: engaged network members from one school needed for the team effect.", "000:L30", Integer = true)]
    public double TeamCriticalMass { get; init; } = 2;

    [Parameter(0, 1, "share of gap per tick", "Support growth per tick while the school has a critical mass of engaged network members.", "000:L30, 001:L44")]
    public double TeamPresence { get; init; } = 0.005;

    [Parameter(0, 1, "share of gap per tick", "Support growth per tick per share of the school's leaders who practise (leaders' adoption raises support).", "004:L59, 003:L243")]
    public double LeaderAdoption { get; init; } = 0.015;

    [Parameter(0, 1, "share per tick", "Pull of support back towards its initial level per tick.", "assumption A5")]
    public double SupportDecay { get; init; } = 0.01;

    [Parameter(0, 1, "share of support per staff-week away", "Support lost at a convening per share of the school's staff-time spent away at it (cover, work left undone): share of staff away x away_days / 5.", "000:L30, 000:L10; size: assumption A8")]
    public double TimeAway { get; init; } = 1;

    [Parameter(0, 5, "days per convening", "Days of the five-day school week a network member spends at a convening: in that week it meets colleagues (1 - away_days / 5) as often, and its school pays time_away for that share of its time.", "000:L10, 000:L30, 000:L54; days: assumption A8")]
    public double AwayDays { get; init; } = 1;
}
