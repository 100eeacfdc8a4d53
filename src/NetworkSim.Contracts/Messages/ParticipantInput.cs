using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Messages;

/// <summary>What a participant needs for one tick: its school's context and its contacts' public states at t.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.ParticipantInput")]
public sealed record ParticipantInput(SchoolContext Context, PeerState[] Contacts);
