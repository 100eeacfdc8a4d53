using NetworkSim.Model.Agents;
using Orleans;

namespace NetworkSim.Model.Engine;

/// <summary>A participant's tick as its host hands it back to its school.</summary>
/// <param name="State">Its full state at the new tick (a copy, or the very state it started from, stepped in place: see <see cref="ParticipantTick.StepInPlace"/>).</param>
/// <param name="Report">Its public state, tie sums and events.</param>
/// <param name="Contacts">Its contacts in order when brokered ties changed them, otherwise null.</param>
[GenerateSerializer, Alias("NetworkSim.ParticipantOutcome")]
public sealed record ParticipantOutcome(ParticipantState State, ParticipantReport Report, int[]? Contacts);
