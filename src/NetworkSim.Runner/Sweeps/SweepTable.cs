using System.Globalization;

namespace NetworkSim.Runner.Sweeps;

/// <summary>runs.csv read back for plots and the report: the swept values (as numbers where they are) and every outcome column.</summary>
public sealed record SweepTable(IReadOnlyList<string> Keys, IReadOnlyList<string> Outcomes, IReadOnlyList<int> Points, IReadOnlyList<int> Replicates, IReadOnlyList<string[]> Values, IReadOnlyList<double?[]> Results)
{
    public static SweepTable Read(string path, int keys)
    {
        var lines = File.ReadLines(path).ToList();
        var header = Output.CsvFormat.Cells(lines[0]);
        var points = new List<int>();
        var replicates = new List<int>();
        var values = new List<string[]>();
        var results = new List<double?[]>();
        foreach (var line in lines.Skip(1))
        {
            var cells = Output.CsvFormat.Cells(line);
            points.Add(int.Parse(cells[0], CultureInfo.InvariantCulture));
            replicates.Add(int.Parse(cells[1], CultureInfo.InvariantCulture));
            values.Add(cells.Skip(3).Take(keys).ToArray());
            results.Add(cells.Skip(3 + keys).Select(c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null).ToArray());
        }

        return new SweepTable(header.Skip(3).Take(keys).ToArray(), header.Skip(3 + keys).ToArray(), points, replicates, values, results);
    }

    /// <summary>A swept key's values as numbers, or null when any is not a number (a name, a list, the base value).</summary>
    public double[]? Numeric(int key)
    {
        var numbers = new double[Values.Count];
        for (var i = 0; i < Values.Count; i++)
        {
            if (!double.TryParse(Values[i][key], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return numbers;
    }

    /// <summary>
    /// An outcome's paired difference between two points: replicate r of each ran on the same seed, so the
    /// difference is taken replicate by replicate.
    /// </summary>
    public Comparisons.PairedDifference Paired(string outcome, int from, int to)
    {
        var y = Outcome(outcome);
        double[] Of(int point) => Enumerable.Range(0, y.Length).Where(i => Points[i] == point).OrderBy(i => Replicates[i]).Select(i => y[i]).ToArray();
        return Comparisons.PairedDifference.Of(Of(from), Of(to), RunOutcomes.Range(outcome));
    }

    /// <summary>
    /// An outcome's mean at one point over the runs that have it, with its 95 % interval held inside the range the
    /// mean can take (<see cref="RunOutcomes.Range"/>): the one figure the sweep's text, report and plot each show.
    /// </summary>
    public Comparisons.MeanEstimate Mean(string outcome, int point)
    {
        var y = Outcome(outcome);
        return Comparisons.MeanEstimate.Of([.. Enumerable.Range(0, y.Length).Where(i => Points[i] == point).Select(i => y[i])], RunOutcomes.Range(outcome));
    }

    /// <summary>An outcome per run (NaN where it has no value, e.g. a level never reached).</summary>
    public double[] Outcome(string name)
    {
        var column = Outcomes.ToList().IndexOf(name);
        return Results.Select(r => r[column] ?? double.NaN).ToArray();
    }
}
