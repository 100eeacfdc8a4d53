using System.Globalization;
using NetworkSim.Runner.Output;
using static NetworkSim.Runner.Output.CsvFormat;

namespace NetworkSim.Runner.Sweeps;

/// <summary>
/// <c>runs.csv</c>: one row per point x replicate: <c>point, replicate, seed</c>, the swept keys, then
/// <see cref="RunOutcomes"/>. Rows are appended as runs finish and sorted by (point, replicate) when the sweep
/// completes, so an interrupted and resumed sweep writes the same bytes as one left alone.
/// </summary>
public static class RunsCsv
{
    public const string FileName = "runs.csv";

    public static string Header(IReadOnlyList<string> keys, IReadOnlyList<string> outcomes) =>
        string.Join(',', new[] { "point", "replicate", "seed" }.Concat(keys).Concat(outcomes).Select(CsvFormat.Text));

    public static string Row(SweepPoint point, int replicate, ulong seed, double?[] outcomes) =>
        string.Join(',', new[] { Number(point.Index), Number(replicate), seed.ToString(CultureInfo.InvariantCulture) }
            .Concat(point.Values.Select(CsvFormat.Text))
            .Concat(outcomes.Select(v => v is { } x ? Number(x) : "")));

    /// <summary>The (point, replicate) of a row: its first two cells.</summary>
    public static (int Point, int Replicate) Key(string row)
    {
        var first = row.IndexOf(',');
        var second = row.IndexOf(',', first + 1);
        return (int.Parse(row.AsSpan(0, first), CultureInfo.InvariantCulture), int.Parse(row.AsSpan(first + 1, second - first - 1), CultureInfo.InvariantCulture));
    }
}
