namespace NetworkSim.Contracts.Messages;

/// <summary>A run as a value: a resolved scenario (JSON) and one replicate's seed.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.RunSetup")]
public sealed record RunSetup(string ScenarioJson, ulong Seed, int Replicate);
