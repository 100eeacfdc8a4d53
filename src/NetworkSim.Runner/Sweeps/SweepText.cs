using static NetworkSim.Runner.Output.TextFormat;
using NetworkSim.Model.Metrics;

namespace NetworkSim.Runner.Sweeps;

/// <summary>
/// What <c>sweep</c> prints when it is done: one line per point (at most <see cref="MaxPoints"/>) with the first
/// practice's final adoption (percent, with the 95 % interval of the mean over replicates), in the network and back
/// home, mean cross-school trust and brokered ties, and each later point's paired difference from point 0.
/// </summary>
public static class SweepText
{
    public const int MaxPoints = 30;

    public static IReadOnlyList<string> Lines(SweepDefinition sweep, SweepTable table, string practice)
    {
        var network = table.Outcome($"{practice}.final_in_network");
        var home = table.Outcome($"{practice}.final_back_home");
        var trust = table.Outcome("mean_trust");
        var brokered = table.Outcome("brokered_ties");
        var lines = new List<string>();
        foreach (var point in sweep.Points.Take(MaxPoints))
        {
            var rows = Enumerable.Range(0, table.Points.Count).Where(i => table.Points[i] == point.Index).ToArray();
            double[] Of(double[] column) => [.. rows.Select(i => column[i]).Where(v => !double.IsNaN(v))];
            var a = table.Mean($"{practice}.final_adoption", point.Index);
            var line = $"point {point.Index} ({Label(sweep, point)}): final adoption {Percent(a.Mean)} (95 % CI {Percent(a.Low)}-{Percent(a.High)}), " +
                $"in the network {Percent(Statistics.Mean(Of(network)))}, back home {Percent(Statistics.Mean(Of(home)))}; " +
                $"mean trust {Number(Statistics.Mean(Of(trust)), "0.00")}, brokered ties {Number(Statistics.Mean(Of(brokered)), "0.0")}";
            if (point.Index > 0)
            {
                var d = table.Paired($"{practice}.final_adoption", 0, point.Index);
                line += $"; vs point 0: {Points(d.Mean)} points (95 % interval {Points(d.Low)} to {Points(d.High)})";
            }

            lines.Add(line);
        }

        if (sweep.Points.Count > MaxPoints)
        {
            lines.Add($"... and {sweep.Points.Count - MaxPoints} more points: runs.csv and report.html have them all");
        }

        return lines;
    }

    private static string Label(SweepDefinition sweep, SweepPoint point)
    {
        var set = sweep.Keys.Select((k, i) => (k, v: point.Values[i])).Where(x => x.v.Length > 0).Select(x => $"{x.k}={x.v}").ToArray();
        return set.Length == 0 ? "the base scenario" : string.Join(", ", set);
    }
}
