using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Messages;

/// <summary>The ties a facilitator brokers at a tick.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.FacilitationPlan")]
public sealed record FacilitationPlan(int Facilitator, BrokeredTie[] Ties);
