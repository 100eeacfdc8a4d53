using System.Text;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Worlds;

/// <summary>
/// Every design's outcomes in every world: the mean over its replicates of each <see cref="WorldOutcomes.PerRun"/>
/// outcome (read back from the sorted runs.csv, so a resumed comparison computes from the same numbers), and the cost
/// per adopter (the design's total cost over its mean adopters; none without a <c>cost:</c> block or adopters).
/// </summary>
internal sealed class WorldsTable
{
    public const string FileName = "worlds.csv";

    private readonly double[][][] _means;

    private readonly double[][][][] _replicates;

    private WorldsTable(IReadOnlyList<string> outcomes, double[][][] means, double[][][][] replicates)
    {
        Outcomes = outcomes;
        _means = means;
        _replicates = replicates;
    }

    /// <summary>The outcome columns, <c>practice.outcome</c>, per practice in <see cref="WorldOutcomes.All"/>' order.</summary>
    public IReadOnlyList<string> Outcomes { get; }

    /// <summary>The mean of an outcome for design <paramref name="design"/> in world <paramref name="world"/> (NaN: none).</summary>
    public double Mean(int world, int design, string outcome) => _means[world][design][Index(outcome)];

    /// <summary>An outcome of every replicate of a design in a world, in replicate order (NaN: none; empty for the cost per adopter, a ratio of means).</summary>
    public IReadOnlyList<double> Replicates(int world, int design, string outcome) => _replicates[world][design][Index(outcome)];

    /// <summary>An outcome as [world][design], for the robustness analysis.</summary>
    public double[][] Matrix(string outcome)
    {
        var c = Index(outcome);
        return _means.Select(w => w.Select(d => d[c]).ToArray()).ToArray();
    }

    public static WorldsTable Read(string runsPath, WorldsDefinition definition)
    {
        var practices = definition.Designs[0].Scenario.Practices;
        var runs = SweepTable.Read(runsPath, 2 + definition.Keys.Count);
        var outcomes = practices.SelectMany(p => WorldOutcomes.All.Select(o => $"{p.Name}.{o.Name}")).ToArray();
        var designs = definition.Designs.Count;
        var means = new double[definition.Worlds.Count][][];
        var replicates = new double[definition.Worlds.Count][][][];
        var columns = outcomes.Select(o => runs.Outcomes.ToList().IndexOf(o)).ToArray();
        var byPoint = Enumerable.Range(0, runs.Points.Count).GroupBy(i => runs.Points[i]).ToDictionary(g => g.Key, g => g.ToArray());
        for (var w = 0; w < means.Length; w++)
        {
            means[w] = new double[designs][];
            replicates[w] = new double[designs][][];
            for (var d = 0; d < designs; d++)
            {
                var rows = byPoint[w * designs + d];
                var row = new double[outcomes.Length];
                replicates[w][d] = new double[outcomes.Length][];
                for (var c = 0; c < outcomes.Length; c++)
                {
                    var column = columns[c];
                    // runs.csv is sorted by (point, replicate): replicate r of every design lines up for paired differences.
                    replicates[w][d][c] = column < 0 ? [] : rows.Select(i => runs.Results[i][column] ?? double.NaN).ToArray();
                    var values = replicates[w][d][c].Where(v => !double.IsNaN(v)).ToArray();
                    row[c] = values.Length == 0 ? double.NaN : values.Average();
                }

                var design = definition.Designs[d];
                for (var k = 0; k < practices.Count; k++)
                {
                    var adopters = row[Array.IndexOf(outcomes, $"{practices[k].Name}.adopters")];
                    row[Array.IndexOf(outcomes, $"{practices[k].Name}.{WorldOutcomes.CostPerAdopter.Name}")] =
                        design.Cost is { } cost && adopters > 0 ? cost.Total(design.Scenario) / adopters : double.NaN;
                }

                means[w][d] = row;
            }
        }

        return new WorldsTable(outcomes, means, replicates);
    }

    /// <summary>worlds.csv: one row per world x design: <c>world, design</c>, the world's values, then every outcome's mean.</summary>
    public string Csv(WorldsDefinition definition)
    {
        var priced = definition.Designs.Any(d => d.Cost is not null);
        var columns = Outcomes.Where(o => priced || !o.EndsWith("." + WorldOutcomes.CostPerAdopter.Name, StringComparison.Ordinal)).ToArray();
        var text = new StringBuilder(string.Join(',', new[] { "world", "design" }.Concat(definition.Keys).Concat(columns).Select(CsvFormat.Text))).Append('\n');
        for (var w = 0; w < definition.Worlds.Count; w++)
        {
            for (var d = 0; d < definition.Designs.Count; d++)
            {
                text.Append(CsvFormat.Text(definition.Worlds[w].Label)).Append(',').Append(CsvFormat.Text(definition.Designs[d].Name));
                foreach (var value in definition.Worlds[w].Values)
                {
                    text.Append(',').Append(WorldsDefinition.Format(value));
                }

                foreach (var column in columns)
                {
                    text.Append(',').Append(CsvFormat.Number(Mean(w, d, column)));
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private int Index(string outcome) => Outcomes.ToList().IndexOf(outcome) is >= 0 and var i ? i : throw new ArgumentException($"No outcome {outcome}.", nameof(outcome));
}
