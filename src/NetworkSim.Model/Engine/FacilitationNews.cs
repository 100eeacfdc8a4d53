using NetworkSim.Model.Agents;
using Orleans;

namespace NetworkSim.Model.Engine;

/// <summary>What every facilitator learns before it plans a convening: who dropped out and which ties were brokered at the last one.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.FacilitationNews")]
public sealed record FacilitationNews(int Tick, int[] DroppedOut, BrokeredTie[] NewTiesElsewhere);
