using NetworkSim.Model.Agents;
using Orleans;

namespace NetworkSim.Model.Engine;

/// <summary>
/// The public states a school sends to one linked school after a tick, to be read at that school's tick
/// <paramref name="Tick"/>: one batch per pair of schools, not one per tie.
/// </summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.SchoolBatch")]
public sealed record SchoolBatch(int FromSchool, int ToSchool, int Tick, PeerState[] Peers);
