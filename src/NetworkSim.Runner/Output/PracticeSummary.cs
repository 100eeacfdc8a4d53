namespace NetworkSim.Runner.Output;

/// <summary>One practice's headline results across replicates.</summary>
public sealed record PracticeSummary(
    string Name,
    Interval FinalAdoption,
    Interval FinalInNetwork,
    Interval FinalBackHome,
    Interval SchoolsInstitutionalised,
    IReadOnlyList<TimeToLevel> TimeTo,
    EndTrend AtEnd);
