using NetworkSim.Model.Engine;

namespace NetworkSim.Contracts.Messages;

/// <summary>A participant grain's tick, handed back to its school: its new state, report and contacts when they changed.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.ParticipantResult")]
public sealed record ParticipantResult(ParticipantOutcome Outcome);
