using NetworkSim.Model.Scenarios;
using NetworkSim.Workshop.Designs;

namespace NetworkSim.Workshop.Sessions;

/// <summary>A design's controls as the run uses them, so the page can say in words how two designs differ.</summary>
internal sealed record ResolvedDesign(int Weeks, int Schools, string? Team, bool Facilitator, double Capacity, double Diversity, bool SiteVisit)
{
    public static ResolvedDesign Of(Scenario s) => new(s.Ticks, s.Network.SchoolCount, TeamChoice.Of(s.Network.Team), s.Facilitators.Count > 0,
        s.Facilitators.Capacity, s.Network.Diversity, s.Schedule.SiteVisits.Count > 0);
}
