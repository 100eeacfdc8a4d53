using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;

namespace NetworkSim.Contracts.Messages;

/// <summary>What a school asks of a participant grain in one tick (<see cref="ParticipantCall"/>).</summary>
/// <param name="Call">The step asked for.</param>
/// <param name="Handover">
/// The participant's state as its school holds it, sent with the school's first call to a grain it has not called
/// yet in this run, so that the new activation need not call the school back for it (one call fewer per participant
/// and replicate); null otherwise.
/// </param>
[GenerateSerializer, Immutable, Alias("NetworkSim.ParticipantInput")]
public sealed record ParticipantInput(ParticipantCall Call, ParticipantState? Handover = null);
