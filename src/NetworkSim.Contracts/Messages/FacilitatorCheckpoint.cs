using NetworkSim.Model.Engine;

namespace NetworkSim.Contracts.Messages;

/// <summary>A facilitator's piece of a checkpoint: what it knows, or null before its first convening (it then starts from the run).</summary>
[GenerateSerializer, Alias("NetworkSim.FacilitatorCheckpoint")]
public sealed class FacilitatorCheckpoint
{
    [Id(0)]
    public FacilitatorState? State { get; init; }
}
