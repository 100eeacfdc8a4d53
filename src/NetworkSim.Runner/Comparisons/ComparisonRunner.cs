using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Running;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Comparisons;

/// <summary>
/// Runs every design's replicates on one cluster, several at once. The designs share seed and replicates, so
/// replicate r has the same seed in every design and the differences are paired (common random numbers).
/// </summary>
/// <param name="grains">The cluster's grain factory.</param>
/// <param name="recovery">On a cluster: checkpoints and recovery of each run; null for an embedded silo.</param>
public sealed class ComparisonRunner(IGrainFactory grains, RunRecovery? recovery = null)
{
    public async Task<IReadOnlyList<DesignRuns>> RunAsync(IReadOnlyList<(string File, Scenario Scenario, CostSpec? Cost)> designs, int parallel, IProgress<SweepProgress>? progress, CancellationToken cancellation)
    {
        var results = designs.Select(d => new ReplicateResult[d.Scenario.Replicates]).ToArray();
        var runs = designs.SelectMany((d, i) => Enumerable.Range(0, d.Scenario.Replicates).Select(r => (Design: i, Replicate: r))).ToArray();
        long done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel), CancellationToken = cancellation };
        await using var lanes = new Lanes(grains, "compare");
        await Parallel.ForEachAsync(runs, options, async (run, token) =>
        {
            results[run.Design][run.Replicate] = await new ScenarioRunner(grains, recovery?.For($"design {run.Design + 1} ({designs[run.Design].Scenario.Name})")).RunReplicateAsync(designs[run.Design].Scenario, run.Replicate, token, lanes);
            progress?.Report(new SweepProgress(Interlocked.Increment(ref done), runs.Length, 0));
        });
        await lanes.EndAsync();
        return designs.Select((d, i) => new DesignRuns(d.File, d.Scenario, d.Cost, results[i])).ToArray();
    }
}
