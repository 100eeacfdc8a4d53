using NetworkSim.Runner.Running;

namespace NetworkSim.Cli.Hosting;

/// <summary>Passes progress on and remembers the latest, so that a cancelled run can say how far it got.</summary>
internal sealed class CountingProgress(IProgress<RunProgress> inner) : IProgress<RunProgress>
{
    private RunProgress? _latest;

    public RunProgress? Latest => Volatile.Read(ref _latest);

    public void Report(RunProgress value)
    {
        // Replicates report concurrently: keep the furthest, not the last to arrive.
        RunProgress? seen;
        do
        {
            seen = Volatile.Read(ref _latest);
            if (seen is not null && seen.TicksDone >= value.TicksDone && seen.ReplicatesDone >= value.ReplicatesDone)
            {
                break;
            }
        }
        while (Interlocked.CompareExchange(ref _latest, value, seen) != seen);

        inner.Report(value);
    }
}
