using Orleans;

namespace NetworkSim.Model.Agents;

/// <summary>A cross-school tie a facilitator brokered at <paramref name="Tick"/>; it is in place from the next tick.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.BrokeredTie")]
public sealed record BrokeredTie(int A, int B, int Tick);
