using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Sweeps;

/// <summary>
/// The disk a sweep will fill: a row of runs.csv per run and, with timeseries, a row per tick and practice twice
/// over (each run's rows wait in <c>.sweep/</c> until <c>timeseries.csv</c> is assembled). Bytes per cell are
/// measured on the workshop demo, rounded up.
/// </summary>
public static class SweepDiskEstimate
{
    private const long BytesPerCell = 9;

    public static long Bytes(SweepDefinition sweep, Scenario baseScenario)
    {
        var runRow = (3 + sweep.Keys.Count + RunOutcomes.Columns(baseScenario.Practices).Count) * BytesPerCell;
        var series = sweep.Timeseries ? 2L * (baseScenario.Ticks + 1) * baseScenario.Practices.Count * (1 + sweep.Keys.Count + Output.TimeseriesCsv.Columns.Length) * BytesPerCell : 0;
        return sweep.Runs * (runRow + series);
    }

    /// <summary>Refuses a sweep that would use more than 90 % of the free space where it writes, with the figures.</summary>
    public static void Check(SweepDefinition sweep, Scenario baseScenario, long freeBytes)
    {
        var bytes = Bytes(sweep, baseScenario);
        if (bytes <= freeBytes * 0.9)
        {
            return;
        }

        var without = sweep.Timeseries ? $", or timeseries: false (about {Size(Bytes(sweep with { Timeseries = false }, baseScenario))})" : "";
        throw new ScenarioException(new ScenarioProblem(sweep.File, null, "",
            $"the sweep's {sweep.Runs:N0} runs ({sweep.Points.Count:N0} points x {sweep.Replicates} replicates) would write about {Size(bytes)}, " +
            $"and the results folder's disk has {Size(freeBytes)} free. Allowed: at most 90 % of the free space: fewer points or replicates{without}."));
    }

    public static string Size(long bytes) =>
        bytes >= 1L << 30 ? $"{bytes / (double)(1L << 30):0.0} GB" : bytes >= 1L << 20 ? $"{bytes / (double)(1L << 20):0.0} MB" : $"{bytes / 1024.0:0.0} KB";
}
