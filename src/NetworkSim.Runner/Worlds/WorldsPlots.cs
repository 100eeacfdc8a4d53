using NetworkSim.Model.Metrics;
using NetworkSim.Runner.Sweeps;
using ScottPlot;

namespace NetworkSim.Runner.Worlds;

/// <summary>
/// The plots of a comparison across worlds: the headline difference between the first two designs over the two
/// parameters that matter most (a heat map of binned means), each outcome's spread per design across worlds, and
/// PRIM's coverage-density trade-off for each pair of designs whose ranking flips.
/// </summary>
internal static class WorldsPlots
{
    public const string Heatmap = "difference_heatmap.png";
    public const string Tradeoff = "prim_tradeoff.png";

    public static IReadOnlyList<SweepPlot> Write(WorldsDefinition definition, WorldsTable table, WorldsResult result, SweepFolder folder)
    {
        var plots = new List<SweepPlot>();
        var currency = definition.Designs.FirstOrDefault(d => d.Cost is not null)?.Cost!.Currency;
        if (definition.Designs.Count >= 2 && definition.Keys.Count >= 2)
        {
            var (x, y) = MostImportant(definition, table, result);
            var (a, b) = (definition.Designs[0].Name, definition.Designs[1].Name);
            Save(HeatmapPlot(definition, table, result, x, y), folder, Heatmap);
            plots.Add(new SweepPlot(Heatmap, $"{result.Headline}: {b} minus {a} (mean over replicates, then over the worlds in each cell) against {definition.Keys[x]} and {definition.Keys[y]}, " +
                $"the two parameters that matter most (the first PRIM box's significant limits, then the largest standardised regression coefficients of the difference); dots are the worlds. " +
                $"{(result.HeadlineKind.Goal == Analysis.Robustness.Goal.Maximise ? "Above 0" : "Below 0")} {b} does better; empty cells hold no world."));
        }

        foreach (var outcome in result.Outcomes.Where(o => o.Designs.Count > 0 && o.Outcome.StartsWith(definition.Designs[0].Scenario.Practices[0].Name + ".", StringComparison.Ordinal)))
        {
            var file = $"distribution_{outcome.Kind.Name}.png";
            Save(Distribution(definition, table, outcome, currency), folder, file);
            plots.Add(new SweepPlot(file, $"{outcome.Outcome} ({outcome.Kind.Meaning}) across the {definition.Worlds.Count} worlds, per design: every world (dots), the 5-95 % range (whisker), " +
                "the middle half (box) and the mean (diamond)."));
        }

        var flips = result.Pairs.Where(p => p.Trajectory is not null).ToArray();
        if (flips.Length > 0)
        {
            Save(TradeoffPlot(flips), folder, Tradeoff);
            plots.Add(new SweepPlot(Tradeoff, "PRIM's peeling and pasting trajectory for the worlds where the usually worse design is better: each box's coverage (share of those worlds inside) " +
                "against its density (share of the box's worlds that are such worlds). The circled box is PRIM's choice (nearest full coverage and density); the square, the same box stated by its significant limits only."));
        }

        return plots;
    }

    /// <summary>The first box's significant parameters, then those with the largest |SRC| of the headline difference.</summary>
    private static (int X, int Y) MostImportant(WorldsDefinition definition, WorldsTable table, WorldsResult result)
    {
        var order = new List<int>();
        var pair = result.Pairs[0];
        if ((pair.Boxes.FirstOrDefault() ?? pair.Tendency) is { } box)
        {
            order.AddRange(box.Limits.Select(l => definition.Keys.ToList().IndexOf(l.Key)));
        }

        var difference = Difference(definition, table, result.Headline);
        var (beta, _) = StandardisedRegression.Fit(Enumerable.Range(0, definition.Keys.Count).Select(j => definition.Worlds.Select(w => w.Values[j]).ToArray()).ToArray(), difference);
        order.AddRange(Enumerable.Range(0, beta.Length).OrderByDescending(j => Math.Abs(beta[j])).ThenBy(j => j));
        var distinct = order.Distinct().ToArray();
        return (distinct[0], distinct[1]);
    }

    private static double[] Difference(WorldsDefinition definition, WorldsTable table, string outcome) =>
        Enumerable.Range(0, definition.Worlds.Count).Select(w => table.Mean(w, 1, outcome) - table.Mean(w, 0, outcome)).ToArray();

    private static Plot HeatmapPlot(WorldsDefinition definition, WorldsTable table, WorldsResult result, int x, int y)
    {
        var difference = Difference(definition, table, result.Headline);
        var scale = result.HeadlineKind.Share ? 100 : 1;
        var bins = Math.Clamp((int)Math.Round(Math.Sqrt(definition.Worlds.Count / 4.0)), 2, 10);
        var (px, py) = (definition.Parameters[x], definition.Parameters[y]);
        var xs = definition.Worlds.Select(w => w.Values[x]).ToArray();
        var ys = definition.Worlds.Select(w => w.Values[y]).ToArray();
        var (x0, x1, y0, y1) = (xs.Min(), xs.Max(), ys.Min(), ys.Max());
        int Bin(double v, double lo, double hi) => hi > lo ? Math.Min(bins - 1, (int)((v - lo) / (hi - lo) * bins)) : 0;
        var sums = new double[bins, bins];
        var counts = new int[bins, bins];
        for (var w = 0; w < difference.Length; w++)
        {
            var (r, c) = (bins - 1 - Bin(ys[w], y0, y1), Bin(xs[w], x0, x1));
            sums[r, c] += difference[w] * scale;
            counts[r, c]++;
        }

        var cells = new double[bins, bins];
        for (var r = 0; r < bins; r++)
        {
            for (var c = 0; c < bins; c++)
            {
                cells[r, c] = counts[r, c] == 0 ? double.NaN : sums[r, c] / counts[r, c];
            }
        }

        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(cells);
        heatmap.Colormap = new ScottPlot.Colormaps.Balance();
        var extreme = Math.Max(1e-9, cells.Cast<double>().Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max());
        // Symmetric about 0, so that white is a tie and the two colours are the two designs.
        heatmap.ManualRange = new ScottPlot.Range(-extreme, extreme);
        // ScottPlot's extent runs from the first cell's centre to the last one's: the cells' edges then span the data.
        var (cw, ch) = ((x1 > x0 ? x1 - x0 : 1) / bins, (y1 > y0 ? y1 - y0 : 1) / bins);
        heatmap.Extent = new CoordinateRect(x0 + cw / 2, x0 + cw * (bins - 0.5), y0 + ch / 2, y0 + ch * (bins - 0.5));
        // The worlds themselves: a cell's colour is the mean of the few worlds in it.
        var worlds = plot.Add.ScatterPoints(xs, ys);
        worlds.Color = Colors.Black.WithAlpha(0.45);
        worlds.MarkerSize = 3;
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = "";
        var (a, b) = (definition.Designs[0].Name, definition.Designs[1].Name);
        var unit = result.HeadlineKind.Share ? "points" : result.HeadlineKind.Name.StartsWith("ticks", StringComparison.Ordinal) ? "weeks" : "";
        plot.Title($"{b}\nminus {a}: {result.HeadlineKind.Name}{(unit.Length > 0 ? $" ({unit})" : "")}, mean of the worlds in each cell");
        plot.XLabel(px.Key);
        plot.YLabel(py.Key);
        return plot;
    }

    private static Plot Distribution(WorldsDefinition definition, WorldsTable table, OutcomeRobustness outcome, string? currency)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var scale = outcome.Kind.Share ? 100 : 1;
        for (var d = 0; d < definition.Designs.Count; d++)
        {
            var values = Enumerable.Range(0, definition.Worlds.Count).Select(w => table.Mean(w, d, outcome.Outcome) * scale).Order().ToArray();
            var color = palette.GetColor(d);
            // Dots spread sideways by rank, so that many worlds with close values stay visible.
            var jitter = values.Select((_, i) => d + 0.3 * ((i * 0.618034) % 1 - 0.5)).ToArray();
            var dots = plot.Add.ScatterPoints(jitter, values);
            dots.Color = color.WithAlpha(0.35);
            dots.MarkerSize = 4;
            var (p5, p25, p50, p75, p95) = (Statistics.Quantile(values, 0.05), Statistics.Quantile(values, 0.25), Statistics.Quantile(values, 0.5), Statistics.Quantile(values, 0.75), Statistics.Quantile(values, 0.95));
            var whisker = plot.Add.Line(d, p5, d, p95);
            whisker.Color = color;
            whisker.LineWidth = 2;
            var box = plot.Add.Rectangle(d - 0.2, d + 0.2, p25, p75);
            box.FillColor = color.WithAlpha(0.15);
            box.LineColor = color;
            var median = plot.Add.Line(d - 0.2, p50, d + 0.2, p50);
            median.Color = color;
            median.LineWidth = 2;
            var mean = plot.Add.Marker(d, values.Average());
            mean.Shape = MarkerShape.FilledDiamond;
            mean.Color = Colors.Black;
            mean.Size = 9;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(definition.Designs.Select((_, i) => (double)i).ToArray(), definition.Designs.Select(d => d.Name).ToArray());
        plot.Axes.SetLimitsX(-0.6, definition.Designs.Count - 0.4);
        var unit = outcome.Kind.Share ? " (%)" : outcome.Kind == WorldOutcomes.CostPerAdopter && currency is not null ? $" ({currency})" : outcome.Kind.Name.StartsWith("ticks", StringComparison.Ordinal) ? " (weeks)" : "";
        plot.Title($"{outcome.Outcome} across {definition.Worlds.Count} plausible worlds");
        plot.YLabel(outcome.Kind.Name + unit);
        return plot;
    }

    private static Plot TradeoffPlot(IReadOnlyList<PairFlips> pairs)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < pairs.Count; i++)
        {
            var trajectory = pairs[i].Trajectory!;
            var color = palette.GetColor(i);
            var line = plot.Add.Scatter(trajectory.Boxes.Select(b => b.Coverage).ToArray(), trajectory.Boxes.Select(b => b.Density).ToArray());
            line.Color = color;
            line.MarkerSize = 4;
            line.LegendText = $"{pairs[i].Other} better than {pairs[i].Usual} ({pairs[i].OtherBetter} of {pairs[i].Worlds} worlds)";
            var chosen = plot.Add.Marker(trajectory.ChosenBox.Coverage, trajectory.ChosenBox.Density);
            chosen.Shape = MarkerShape.OpenCircle;
            chosen.Size = 16;
            chosen.Color = color;
            foreach (var box in pairs[i].Boxes.Take(1))
            {
                var kept = plot.Add.Marker(box.Box.Coverage, box.Box.Density);
                kept.Shape = MarkerShape.OpenSquare;
                kept.Size = 14;
                kept.Color = color;
            }
        }

        plot.Axes.SetLimits(0, 1.02, 0, 1.02);
        plot.Title("PRIM: coverage against density along the peeling trajectory");
        plot.XLabel("coverage (share of the worlds where the ranking flips that lie in the box)");
        plot.YLabel("density (share of the box's worlds where it flips)");
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static void Save(Plot plot, SweepFolder folder, string file) => Output.Plots.SavePng(plot, folder.PathOf(file));
}
