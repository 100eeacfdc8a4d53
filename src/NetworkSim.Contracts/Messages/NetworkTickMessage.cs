using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Messages;

/// <summary>The coordinator's announcement of a tick to every school.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.NetworkTickMessage")]
public sealed record NetworkTickMessage(NetworkTick Tick);
