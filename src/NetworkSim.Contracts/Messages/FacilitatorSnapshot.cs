using NetworkSim.Model.Engine;

namespace NetworkSim.Contracts.Messages;

/// <summary>A facilitator's state as the run's coordinator last received it (null before its first convening): what a facilitator grain activated mid-run resumes from.</summary>
[GenerateSerializer, Alias("NetworkSim.FacilitatorSnapshot")]
public sealed record FacilitatorSnapshot(FacilitatorState? State);
