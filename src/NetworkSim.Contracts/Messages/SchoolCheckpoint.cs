using NetworkSim.Model.Engine;

namespace NetworkSim.Contracts.Messages;

/// <summary>A school's piece of a checkpoint: its state at the tick boundary and the batches tied schools sent it for the next tick.</summary>
[GenerateSerializer, Alias("NetworkSim.SchoolCheckpoint")]
public sealed class SchoolCheckpoint
{
    [Id(0)]
    public required SchoolState State { get; init; }

    [Id(1)]
    public required PeerBatch[] Inbox { get; init; }
}
