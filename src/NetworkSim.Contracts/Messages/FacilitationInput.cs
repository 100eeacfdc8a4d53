using NetworkSim.Model.Engine;

namespace NetworkSim.Contracts.Messages;

/// <summary>What a facilitator learns before a convening (<see cref="FacilitationNews"/>).</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.FacilitationInput")]
public sealed record FacilitationInput(FacilitationNews News);
