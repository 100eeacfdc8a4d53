using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Messages;

/// <summary>A participant's full state as its school last recorded it: what a participant grain activated mid-run resumes from.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.ParticipantSnapshot")]
public sealed record ParticipantSnapshot(ParticipantState State);
