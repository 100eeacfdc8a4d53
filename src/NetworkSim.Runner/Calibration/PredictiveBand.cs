using NetworkSim.Model.Metrics;
using NetworkSim.Model.Randomness;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// Runs each posterior world once over the scenario's full length (world w with the seed of replicate w of the
/// calibration's seed) and summarises every observed series as a band: what the calibrated model expects, with the
/// spread that the remaining uncertainty about the parameters and the model's own chance give together.
/// </summary>
internal static class PredictiveBand
{
    public static async Task<IReadOnlyList<PredictiveSeries>> RunAsync(CalibrationDefinition definition, IReadOnlyList<IReadOnlyList<double>> worlds, ICalibrationSimulator simulator, int parallel, CancellationToken cancellation)
    {
        var scenario = definition.Scenario with { Replicates = 1 };
        var runs = new IReadOnlyList<TickMetrics>[worlds.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, worlds.Count), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel), CancellationToken = cancellation }, async (w, token) =>
        {
            runs[w] = await simulator.RunAsync(FittedKey.Apply(scenario, definition.Keys, worlds[w]), CounterRandom.ReplicateSeed(definition.Settings.Seed, w), $"posterior world {w}", token);
        });

        return Series(definition).Select(s => Band(s, runs, scenario.Ticks, definition)).ToArray();
    }

    /// <summary>The distinct series the observations belong to, in the order they first appear.</summary>
    public static IReadOnlyList<(ObservedColumn Column, int Practice, int School)> Series(CalibrationDefinition definition) =>
        definition.Observed.Points.Select(p => (p.Column, p.Practice, p.School)).Distinct().ToArray();

    /// <summary>How a series is named in plots and tables: the column, then the practice when there are several, then the school.</summary>
    public static string Label(CalibrationDefinition definition, ObservedColumn column, int practice, int school) =>
        column.Name + (definition.Scenario.Practices.Count > 1 ? $" ({definition.Scenario.Practices[practice].Name})" : "") +
        (school >= 0 ? $" at {definition.Scenario.Network.Schools[school]}" : "");

    private static PredictiveSeries Band((ObservedColumn Column, int Practice, int School) series, IReadOnlyList<TickMetrics>[] runs, int ticks, CalibrationDefinition definition)
    {
        var (median, low, high) = (new double[ticks + 1], new double[ticks + 1], new double[ticks + 1]);
        for (var t = 0; t <= ticks; t++)
        {
            // A run that stopped early because nothing changed keeps its last values.
            var values = runs.Select(r => series.Column.Simulated(r[Math.Min(t, r.Count - 1)], series.Practice, series.School)).ToArray();
            (median[t], low[t], high[t]) = (Statistics.Quantile(values, 0.5), Statistics.Quantile(values, 0.025), Statistics.Quantile(values, 0.975));
        }

        return new PredictiveSeries(series.Column, series.Practice, series.School, Label(definition, series.Column, series.Practice, series.School), median, low, high);
    }
}
