using NetworkSim.Model.Metrics;

namespace NetworkSim.Contracts.Messages;

/// <summary>A school's tally after initialising or advancing one tick.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.SchoolResult")]
public sealed record SchoolResult(SchoolTally Tally);
