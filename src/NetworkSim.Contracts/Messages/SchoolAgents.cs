using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Messages;

/// <summary>A school's participants as they stand at the current tick: the observation a results writer or a live page reads.</summary>
/// <param name="AdoptedTick">For participant k and practice p, at <c>k * practices + p</c>: the tick it last took the practice up, or -1.</param>
[GenerateSerializer, Immutable, Alias("NetworkSim.SchoolAgents")]
public sealed record SchoolAgents(int School, int Tick, double Support, ulong Institutionalised, PeerState[] States, int[] AdoptedTick);
