using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Messages;

/// <summary>What a facilitator learns before a tick: who dropped out and which ties others brokered last tick.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.FacilitationInput")]
public sealed record FacilitationInput(int Tick, int[] DroppedOut, BrokeredTie[] NewTiesElsewhere);
