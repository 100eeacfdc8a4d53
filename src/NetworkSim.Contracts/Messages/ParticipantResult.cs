using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Messages;

/// <summary>A participant's report after initialising or advancing one tick, with its contacts in order when they changed (null otherwise).</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.ParticipantResult")]
public sealed record ParticipantResult(ParticipantReport Report, int[]? Contacts);
