using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Running;

namespace NetworkSim.Runner.Comparisons;

/// <summary>One design of a comparison: its file, resolved scenario, optional cost and its replicates in order.</summary>
public sealed record DesignRuns(string File, Scenario Scenario, CostSpec? Cost, IReadOnlyList<ReplicateResult> Replicates);
