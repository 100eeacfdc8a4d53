using System.Text;
using NetworkSim.Model.Metrics;
using NetworkSim.Runner.Running;
using static NetworkSim.Runner.Output.CsvFormat;

namespace NetworkSim.Runner.Output;

/// <summary><c>timeseries.csv</c>: one tidy row per replicate x tick x practice; a metric the run's model does not compute is empty.</summary>
public static class TimeseriesCsv
{
    public const string FileName = "timeseries.csv";

    /// <summary>Replicate, tick and practice, then every metric of <see cref="MetricCatalog.Metrics"/> in its order.</summary>
    public static readonly string[] Columns = ["replicate", "tick", "practice", .. MetricCatalog.Metrics.Select(m => m.Name)];

    public static string Write(ScenarioResults results)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', Columns.Select(Text))).Append('\n');
        var practices = results.Scenario.Practices;
        foreach (var replicate in results.Replicates)
        {
            foreach (var tick in replicate.Ticks)
            {
                for (var k = 0; k < practices.Count; k++)
                {
                    AppendRow(text, replicate.Replicate, practices[k].Name, tick, k);
                }
            }
        }

        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, int replicate, string practice, TickMetrics m, int k)
    {
        text.Append(Number(replicate)).Append(',').Append(Number(m.Tick)).Append(',').Append(Text(practice));
        foreach (var metric in MetricCatalog.Metrics)
        {
            // A metric the run's rule set does not compute is an empty cell, not a 0 it never measured.
            text.Append(',');
            if (m.Computes(metric))
            {
                text.Append(Number(metric.Value(m, k)));
            }
        }

        text.Append('\n');
    }
}
