using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Engine;

/// <summary>The public states a school sends to one linked school after a tick: one batch per pair of schools, not one per tie.</summary>
public sealed record SchoolBatch(int FromSchool, int ToSchool, int Tick, PeerState[] Peers);
