namespace NetworkSim.Contracts.Messages;

/// <summary>Every school's participants at one tick, in school order.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.AgentsSnapshot")]
public sealed record AgentsSnapshot(int Tick, SchoolAgents[] Schools);
