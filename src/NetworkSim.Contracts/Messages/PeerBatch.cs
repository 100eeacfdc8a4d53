using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Messages;

/// <summary>
/// One school's network members' public states at a tick, sent once to each school tied to it:
/// one message per pair of schools per tick, not one per tie.
/// </summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.PeerBatch")]
public sealed record PeerBatch(int Tick, int FromSchool, PeerState[] Peers);
