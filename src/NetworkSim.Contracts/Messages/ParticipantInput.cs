using NetworkSim.Model.Engine;

namespace NetworkSim.Contracts.Messages;

/// <summary>What a school asks of a participant grain in one tick (<see cref="ParticipantCall"/>).</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.ParticipantInput")]
public sealed record ParticipantInput(ParticipantCall Call);
