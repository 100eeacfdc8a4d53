namespace NetworkSim.Contracts.Messages;

/// <summary>
/// A run's checkpoint: the run id that wrote it and the tick boundary it holds. Every piece (the coordinator's, with
/// the facilitators' states, and each school's) is stored under its own key in grain storage, written once and cleared when no longer needed.
/// </summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.CheckpointRef")]
public sealed record CheckpointRef(string RunId, int Tick)
{
    /// <summary>The storage key of one piece, e.g. <c>run-r0@10/school/3</c>.</summary>
    public string Key(string piece) => $"{RunId}@{Tick}/{piece}";
}
