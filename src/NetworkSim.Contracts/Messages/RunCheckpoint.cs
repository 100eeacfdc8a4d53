using NetworkSim.Model.Engine;

namespace NetworkSim.Contracts.Messages;

/// <summary>The coordinator's piece of a checkpoint: its <see cref="RunState"/> at the tick boundary and the facilitators' states it holds.</summary>
[GenerateSerializer, Alias("NetworkSim.RunCheckpoint")]
public sealed class RunCheckpoint
{
    [Id(0)]
    public required RunState State { get; init; }

    /// <summary>Each facilitator's state after the last convening it planned, null before its first (see <see cref="FacilitationPlan.State"/>).</summary>
    [Id(1)]
    public FacilitatorState?[] Facilitators { get; init; } = [];

    /// <summary>The batches the schools sent after the checkpoint's tick, which the coordinator hands them with the next tick.</summary>
    [Id(2)]
    public SchoolBatch[] Pending { get; init; } = [];
}
