using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Messages;

/// <summary>Ties with their current trust, one entry per direction.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.TieList")]
public sealed record TieList(TieState[] Ties);
