namespace NetworkSim.Runner.Running;

/// <summary>
/// How a run on a cluster survives a lost silo: it checkpoints every <paramref name="CheckpointEvery"/> ticks (0:
/// never, so a loss ends the run), and when a step fails because a silo left it restores the last checkpoint into a
/// fresh run id on the silos that remain, at most <paramref name="MaxRecoveries"/> times per replicate.
/// </summary>
/// <param name="CheckpointEvery">Ticks between checkpoints (and one at tick 0); 0 turns checkpoints off.</param>
/// <param name="MaxRecoveries">Restores allowed per replicate before the run fails.</param>
/// <param name="Losses">The cluster's lost silos, as the client sees its membership.</param>
/// <param name="Report">Told one line per recovery.</param>
public sealed record RunRecovery(int CheckpointEvery, int MaxRecoveries, ISiloLosses Losses, Action<string> Report)
{
    public const int DefaultCheckpointEvery = 10;

    public const int DefaultMaxRecoveries = 3;

    /// <summary>How long a failed call waits for membership to say which silo left (a killed silo is voted dead within about 10-20 s).</summary>
    public TimeSpan Patience { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>
    /// Clears every checkpoint record of a run id and of its restores once the run is over, finished or not: the
    /// grains clear what they wrote, but those of a lost silo, and pieces a replaced run kept, are left otherwise.
    /// </summary>
    public Func<string, Task>? ClearCheckpoints { get; init; }

    /// <summary>The same recovery whose lines name the run first (a sweep's point, a comparison's design).</summary>
    public RunRecovery For(string run) => this with { Report = line => Report($"{run}, {line}") };
}
