namespace NetworkSim.Runner.Output;

/// <summary>One practice's headline results across replicates; <see cref="SchoolsInstitutionalised"/> is null where the model has no school support (the textbook models).</summary>
public sealed record PracticeSummary(
    string Name,
    Interval FinalAdoption,
    Interval FinalInNetwork,
    Interval FinalBackHome,
    Interval? SchoolsInstitutionalised,
    IReadOnlyList<TimeToLevel> TimeTo,
    EndTrend AtEnd);
