using NetworkSim.Model.Engine;

namespace NetworkSim.Contracts.Messages;

/// <summary>The coordinator's piece of a checkpoint: its <see cref="RunState"/> at the tick boundary.</summary>
[GenerateSerializer, Alias("NetworkSim.RunCheckpoint")]
public sealed class RunCheckpoint
{
    [Id(0)]
    public required RunState State { get; init; }
}
