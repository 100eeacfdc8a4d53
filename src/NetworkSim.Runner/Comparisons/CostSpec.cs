using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Comparisons;

/// <summary>
/// A design's <c>cost:</c> block, in its <see cref="Currency"/> (an ISO 4217 code, EUR unless the block names one):
/// per facilitator-week, per participant day away from school, per convening and per site visit. Every network member spends <see cref="DaysPerConvening"/> days at each
/// convening and <see cref="DaysPerSiteVisit"/> at each site visit (planned attendance: drop-outs are not netted off).
/// </summary>
public sealed record CostSpec(double FacilitatorWeek, double ParticipantDay, double Convening, double SiteVisit, double DaysPerConvening = 1, double DaysPerSiteVisit = 1, string Currency = CostSpec.DefaultCurrency)
{
    /// <summary>The currency of a cost block that names none.</summary>
    public const string DefaultCurrency = "EUR";

    /// <summary>Convenings held in ticks 1..Ticks.</summary>
    public static int Convenings(Scenario s) => Enumerable.Range(1, s.Ticks).Count(s.Schedule.IsConvening);

    /// <summary>Site visits held in ticks 1..Ticks.</summary>
    public static int SiteVisits(Scenario s) => s.Schedule.SiteVisits.Where(t => t >= 1 && t <= s.Ticks).Distinct().Count();

    /// <summary>The design's whole cost over its run.</summary>
    public double Total(Scenario s)
    {
        var members = (double)s.Network.SchoolCount * s.Network.Team.Total;
        var daysAway = members * (Convenings(s) * DaysPerConvening + SiteVisits(s) * DaysPerSiteVisit);
        return FacilitatorWeek * s.Facilitators.Count * s.Ticks + ParticipantDay * daysAway + Convening * Convenings(s) + SiteVisit * SiteVisits(s);
    }
}
