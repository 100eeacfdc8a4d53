namespace NetworkSim.Cli.Bench;

/// <summary>
/// Whole replicates run after the measured one, in the same process (<c>bench workloads --warm N</c>): N run
/// unmeasured, then N measured, so that theirs are the figures of a process that has compiled its code and spread its
/// collections over many runs, as a sweep's replicates run. Each phase is summed over the N measured replicates.
/// </summary>
/// <param name="Replicates">Replicates measured (as many ran before them, unmeasured).</param>
/// <param name="Start">Setup and first tick.</param>
/// <param name="Steady">Every later tick.</param>
/// <param name="SteadyTicks">The ticks in <paramref name="Steady"/>, all replicates together.</param>
/// <param name="End">Resetting the run's lane for the next (the grains only; the reference has nothing to end).</param>
internal sealed record WarmReplicates(int Replicates, Phase Start, Phase Steady, int SteadyTicks, Phase? End)
{
    /// <summary>CPU seconds of a replicate's setup and first tick.</summary>
    public double StartCpuSeconds => Start.CpuSeconds / Replicates;

    /// <summary>CPU seconds of a steady tick.</summary>
    public double CpuPerTick => Steady.CpuSeconds / SteadyTicks;

    /// <summary>CPU seconds of a replicate's end.</summary>
    public double EndCpuSeconds => (End?.CpuSeconds ?? 0) / Replicates;

    /// <summary>Runs <paramref name="replicate"/> 2 × <paramref name="count"/> times and sums the last half.</summary>
    /// <param name="replicate">Runs replicate k whole and returns its phases and steady ticks.</param>
    public static async Task<WarmReplicates> MeasureAsync(int count, Func<int, Task<(Phase Start, Phase Steady, int Ticks, Phase? End)>> replicate, CancellationToken cancellation)
    {
        Phase start = Phase.None, steady = Phase.None;
        Phase? end = null;
        var ticks = 0;
        for (var k = 0; k < 2 * count; k++)
        {
            cancellation.ThrowIfCancellationRequested();
            var run = await replicate(k);
            if (k >= count)
            {
                start += run.Start;
                steady += run.Steady;
                ticks += run.Ticks;
                end = run.End is { } e ? (end ?? Phase.None) + e : end;
            }
        }

        return new WarmReplicates(count, start, steady, ticks, end);
    }
}
