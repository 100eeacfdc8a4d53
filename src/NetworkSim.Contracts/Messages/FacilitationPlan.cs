using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;

namespace NetworkSim.Contracts.Messages;

/// <summary>The ties a facilitator brokers at a tick, and what it knows after them: the run's coordinator keeps that.</summary>
/// <param name="Facilitator">The facilitator's index.</param>
/// <param name="Ties">The ties it brokers.</param>
/// <param name="State">Its state after the convening: a copy that the facilitator's later convenings leave as it is (<see cref="FacilitatorState.Copy"/>).</param>
[GenerateSerializer, Immutable, Alias("NetworkSim.FacilitationPlan")]
public sealed record FacilitationPlan(int Facilitator, BrokeredTie[] Ties, FacilitatorState State);
