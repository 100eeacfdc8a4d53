namespace NetworkSim.Workshop.Designs;

/// <summary>A scenario the page offers, with the values its controls start from.</summary>
/// <param name="Id">How the page names it: its path below the scenarios folder, or its file name.</param>
/// <param name="Team">One of <see cref="TeamChoice"/>'s choices, or null when the scenario's team is none of them.</param>
/// <param name="Refused">Why the page cannot run it live (too large, or not valid), or null.</param>
internal sealed record OfferedScenario(
    string Id,
    string Name,
    string Description,
    ulong Seed,
    int Weeks,
    int Schools,
    int Participants,
    string? Team,
    bool Facilitator,
    double Capacity,
    double Diversity,
    bool SiteVisit,
    string Practice,
    string? Refused);
