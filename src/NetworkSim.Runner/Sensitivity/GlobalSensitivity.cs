using NetworkSim.Analysis.Designs;
using NetworkSim.Analysis.Sensitivity;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Sweeps;
using NetworkSim.Runner.Worlds;

namespace NetworkSim.Runner.Sensitivity;

/// <summary>
/// Global sensitivity of a scenario's outcomes to its behavioural parameters over their plausible ranges (or the
/// <c>--vary</c> ranges): Morris elementary effects on Campolongo's improved design (<see cref="MorrisDesign"/>), or
/// Sobol' first-order and total indices on Saltelli's design (<see cref="SaltelliDesign"/>), each run on the in-process
/// reference <see cref="Simulation"/> (which the grains match byte for byte), several at once. A point's output is
/// the mean over its replicates, replicate r on the same seed at every point (common random numbers), so the indices
/// describe the parameters, not noise between seeds. Every draw is keyed on the seed: the same inputs give the same
/// indices whatever the parallelism.
/// </summary>
public sealed class GlobalSensitivity
{
    /// <summary>The outcomes, as the one-at-a-time table has them (<see cref="Outcome"/>).</summary>
    public static readonly (string Name, string Meaning)[] Outcomes =
    [
        ("final_in_network", "final adoption among network members (share)"),
        ("final_back_home", "final adoption among staff back home (share)"),
        ("ticks_to_50_in_network", "weeks until half the network members practise (a run that never gets there: its last week + 1)"),
    ];

    private readonly double[][] _units;

    private GlobalSensitivity(GlobalMethod method, IReadOnlyList<WorldParameter> parameters, MorrisDesign? morris, SaltelliDesign? sobol)
    {
        Method = method;
        Parameters = parameters;
        Morris = morris;
        Sobol = sobol;
        _units = [.. (morris?.Runs() ?? sobol!.Runs())];
    }

    public GlobalMethod Method { get; }

    public IReadOnlyList<WorldParameter> Parameters { get; }

    public MorrisDesign? Morris { get; }

    public SaltelliDesign? Sobol { get; }

    /// <summary>Design points (before replicates).</summary>
    public int Points => _units.Length;

    /// <summary>Point <paramref name="i"/>'s parameter values.</summary>
    public double[] Values(int i) => Parameters.Select((p, j) => p.At(_units[i][j])).ToArray();

    /// <summary>
    /// The design: Morris with <paramref name="samples"/> trajectories chosen from 4 times as many candidates (at most
    /// 200; 4 levels), or Saltelli with <paramref name="samples"/> base rows (a power of two). The designs work in the
    /// unit cube; each parameter maps its coordinate onto its range (<see cref="WorldParameter.At"/>).
    /// </summary>
    public static GlobalSensitivity Design(GlobalMethod method, IReadOnlyList<WorldParameter> parameters, int samples, ulong seed)
    {
        var unit = parameters.Select(p => new ParameterRange(p.Key, 0, 1)).ToArray();
        return method == GlobalMethod.Morris
            ? new GlobalSensitivity(method, parameters, MorrisDesign.Create(unit, samples, Math.Max(samples, Math.Min(4 * samples, 200)), seed), null)
            : new GlobalSensitivity(method, parameters, null, SaltelliDesign.Create(unit, samples));
    }

    /// <summary>
    /// Runs every point's replicates (the scenario with the point's values and the fixed ones set) and returns each
    /// point's outcomes (mean over replicates), in <see cref="Outcomes"/>' order.
    /// </summary>
    public double[][] Run(Scenario scenario, IReadOnlyList<KeyValuePair<string, double>> fixedValues, int replicates, int parallel, IProgress<SweepProgress>? progress, CancellationToken cancellation)
    {
        var outputs = new Outcome[Points, replicates];
        long done = 0;
        var total = (long)Points * replicates;
        progress?.Report(new SweepProgress(0, total, 0));
        Parallel.For(0, (int)total, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel), CancellationToken = cancellation }, run =>
        {
            var (point, replicate) = (run / replicates, run % replicates);
            var ticks = Simulation.Run(ScenarioAt(scenario, fixedValues, point), CounterRandom.ReplicateSeed(scenario.Seed, replicate));
            outputs[point, replicate] = Outcome.Of(ticks);
            progress?.Report(new SweepProgress(Interlocked.Increment(ref done), total, 0));
        });
        return Enumerable.Range(0, Points).Select(i => new[]
        {
            Enumerable.Range(0, replicates).Average(r => outputs[i, r].Network),
            Enumerable.Range(0, replicates).Average(r => outputs[i, r].BackHome),
            Enumerable.Range(0, replicates).Average(r => outputs[i, r].Half),
        }).ToArray();
    }

    /// <summary>Each outcome's indices from the points' outcomes; bootstrap intervals drawn from <paramref name="seed"/>.</summary>
    public IReadOnlyList<GlobalIndices> Analyse(double[][] outputs, ulong seed) =>
        Outcomes.Select((o, c) =>
        {
            var y = outputs.Select(row => row[c]).ToArray();
            return Method == GlobalMethod.Morris
                ? new GlobalIndices(o.Name, o.Meaning, MorrisAnalysis.Analyse(Morris!, y, seed), null)
                : new GlobalIndices(o.Name, o.Meaning, null, SobolAnalysis.Analyse(Sobol!, y, seed));
        }).ToArray();

    /// <summary>The scenario at one point: the fixed values, then the point's values set in its parameters.</summary>
    public Scenario ScenarioAt(Scenario scenario, IReadOnlyList<KeyValuePair<string, double>> fixedValues, int point) =>
        WorldSpace.Apply(scenario, fixedValues, Parameters, Values(point));
}
