using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Running;

/// <summary>A finished scenario: the resolved scenario and its replicates in order.</summary>
public sealed record ScenarioResults(Scenario Scenario, IReadOnlyList<ReplicateResult> Replicates, DateTimeOffset Started, TimeSpan Elapsed);
