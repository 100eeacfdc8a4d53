using System.Collections.Concurrent;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Randomness;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Validation.Patterns;

/// <summary>
/// Replicates of shipped scenarios in one <see cref="PatternWorld"/>, on the in-process reference engine (which the
/// grains match byte for byte), paired: replicate r has the same seed under every setting of a comparison. Runs are
/// kept, so patterns that read the same scenario share its replicates.
/// </summary>
public sealed class PatternRuns(string root, PatternWorld world, int replicates, int parallelism)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<TickMetrics>[]> _runs = new();

    public PatternWorld World => world;

    public int Replicates => replicates;

    /// <summary>Every replicate of <paramref name="scenario"/> (a path under the repository) with the world's settings and <paramref name="sets"/>.</summary>
    public IReadOnlyList<TickMetrics>[] Of(string scenario, params string[] sets) =>
        _runs.GetOrAdd(scenario + "|" + string.Join("|", sets), _ =>
        {
            var resolved = ScenarioReader.Load(Path.Combine(root, scenario), [.. world.Sets, .. sets]);
            var results = new IReadOnlyList<TickMetrics>[replicates];
            Parallel.For(0, replicates, new ParallelOptions { MaxDegreeOfParallelism = parallelism },
                r => results[r] = Simulation.Run(resolved, CounterRandom.ReplicateSeed(resolved.Seed, r)));
            return results;
        });

    /// <summary>A statistic per replicate, its mean and 95 % interval.</summary>
    public static (double Mean, double Low, double High) Estimate(IEnumerable<double> perReplicate)
    {
        var values = perReplicate.ToArray();
        var (low, high) = Statistics.BootstrapMeanInterval(values);
        return (Statistics.Mean(values), low, high);
    }

    /// <summary>The paired difference <paramref name="b"/> minus <paramref name="a"/> of a statistic, replicate by replicate.</summary>
    public static (double Mean, double Low, double High) Paired(IReadOnlyList<TickMetrics>[] a, IReadOnlyList<TickMetrics>[] b, Func<IReadOnlyList<TickMetrics>, double> statistic) =>
        Estimate(a.Zip(b, (x, y) => statistic(y) - statistic(x)));
}
