namespace NetworkSim.Contracts.Messages;

/// <summary>Where a run stands, for anyone stepping or watching it.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.RunStatus")]
public sealed record RunStatus(bool Initialized, int Tick, int Ticks, int Schools, int Participants);
