using NetworkSim.Model.Metrics;
using NetworkSim.Model.Scenarios;
using ScottPlot;

namespace NetworkSim.Runner.Sweeps;

/// <summary>
/// A sweep's plots of the first practice's final adoption: a response curve per numeric parameter (replicate mean
/// and the 2.5–97.5 % range of the runs), a heat map over the first two numeric parameters of a grid, and with two or
/// more numeric parameters a ranking by standardised regression coefficient.
/// </summary>
internal static class SweepPlots
{
    public static IReadOnlyList<SweepPlot> Write(SweepDefinition sweep, SweepTable table, Scenario baseScenario, SweepFolder folder)
    {
        var outcome = $"{baseScenario.Practices[0].Name}.final_adoption";
        var y = table.Outcome(outcome);
        var numeric = Enumerable.Range(0, table.Keys.Count).Select(j => (Index: j, Values: table.Numeric(j))).Where(x => x.Values is not null).ToList();
        var plots = new List<SweepPlot>();
        foreach (var (j, x) in numeric)
        {
            var rows = Enumerable.Range(0, y.Length).Where(i => sweep.Design != SweepDesign.OneAtATime || AtCentre(sweep, table, i, j)).ToArray();
            var file = $"response_{j + 1}.png";
            Save(Response(table.Keys[j], outcome, rows.Select(i => x![i]).ToArray(), rows.Select(i => y[i]).ToArray(), sweep.Design), folder, file);
            plots.Add(new SweepPlot(file, sweep.Design == SweepDesign.OneAtATime
                ? $"{outcome} against {table.Keys[j]}, the other parameters at the centre point: mean over replicates and the 2.5–97.5 % range of the runs."
                : $"{outcome} against {table.Keys[j]}, averaged over the other swept parameters: mean and the 2.5–97.5 % range of the runs."));
        }

        if (sweep.Design is SweepDesign.List or SweepDesign.OneAtATime)
        {
            Save(PointMeans(sweep, table, outcome, y), folder, "points.png");
            plots.Add(new SweepPlot("points.png", $"Mean {outcome} at each point with its 95 % interval ({Statistics.BootstrapMethod})."));
        }

        if (sweep.Design == SweepDesign.Grid && numeric.Count >= 2)
        {
            Save(Heatmap(table.Keys[numeric[0].Index], table.Keys[numeric[1].Index], outcome, numeric[0].Values!, numeric[1].Values!, y), folder, "heatmap.png");
            plots.Add(new SweepPlot("heatmap.png", $"Mean {outcome} over {table.Keys[numeric[0].Index]} and {table.Keys[numeric[1].Index]}" +
                (numeric.Count > 2 ? ", averaged over the other swept parameters." : ".")));
        }

        if (numeric.Count >= 2)
        {
            var rows = Enumerable.Range(0, y.Length).Where(i => !double.IsNaN(y[i])).ToArray();
            var (beta, r2) = StandardisedRegression.Fit(numeric.Select(n => rows.Select(i => n.Values![i]).ToArray()).ToArray(), rows.Select(i => y[i]).ToArray());
            Save(Effects(numeric.Select(n => table.Keys[n.Index]).ToArray(), beta, r2, outcome), folder, "effects.png");
            plots.Add(new SweepPlot("effects.png", $"Parameters ranked by their effect on {outcome}: standardised regression coefficients (SRC) of a linear fit over all runs, R² = {r2:0.00}. " +
                "An SRC is the change in the outcome, in standard deviations, per standard deviation of the parameter; with R² well below 1 the effects are non-linear or interact and the ranking is rough."));
        }

        return plots;
    }

    private static bool AtCentre(SweepDefinition sweep, SweepTable table, int row, int except) =>
        Enumerable.Range(0, table.Keys.Count).All(k => k == except || table.Values[row][k] == sweep.Points[0].Values[k]);

    private static Plot Response(string key, string outcome, double[] x, double[] y, SweepDesign design)
    {
        var levels = x.Distinct().Order().ToArray();
        var groups = levels.Select(level => Enumerable.Range(0, x.Length).Where(i => x[i] == level && !double.IsNaN(y[i])).Select(i => y[i]).ToArray()).ToArray();
        var plot = new Plot();
        var color = new ScottPlot.Palettes.Category10().GetColor(0);
        var continuous = design is SweepDesign.Random or SweepDesign.LatinHypercube;
        if (continuous)
        {
            // Sampled designs rarely repeat a value: show every run rather than a band over single points.
            var dots = plot.Add.ScatterPoints(x, y);
            dots.Color = color.WithAlpha(0.6);
            dots.LegendText = "runs";
        }
        else
        {
            var band = plot.Add.FillY(levels, groups.Select(g => g.Length == 0 ? double.NaN : Statistics.Quantile(g, 0.025)).ToArray(), groups.Select(g => g.Length == 0 ? double.NaN : Statistics.Quantile(g, 0.975)).ToArray());
            band.FillColor = color.WithAlpha(0.18);
            band.LineWidth = 0;
            band.LegendText = "2.5–97.5 % of runs";
            var line = plot.Add.Scatter(levels, groups.Select(g => g.Length == 0 ? double.NaN : g.Average()).ToArray());
            line.Color = color;
            line.LineWidth = 2;
            line.LegendText = "mean";
        }

        plot.Title($"{outcome} against {key}");
        plot.XLabel(key);
        plot.YLabel(outcome);
        plot.Axes.SetLimitsY(0, 1.02);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static Plot PointMeans(SweepDefinition sweep, SweepTable table, string outcome, double[] y)
    {
        var plot = new Plot();
        var labels = new List<string>();
        var color = new ScottPlot.Palettes.Category10().GetColor(0);
        foreach (var point in sweep.Points)
        {
            var values = Enumerable.Range(0, y.Length).Where(i => table.Points[i] == point.Index && !double.IsNaN(y[i])).Select(i => y[i]).ToArray();
            var position = labels.Count;
            labels.Add(Label(sweep, point));
            if (values.Length == 0)
            {
                continue;
            }

            var (_, low, high, _) = table.Mean(outcome, point.Index);
            var whisker = plot.Add.Line(position, low, position, high);
            whisker.Color = color;
            whisker.LineWidth = 2;
            var dot = plot.Add.Marker(position, values.Average());
            dot.Color = color;
            dot.Size = 8;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray(), labels.ToArray());
        plot.Axes.SetLimitsX(-0.5, labels.Count - 0.5);
        plot.Axes.SetLimitsY(0, 1.02);
        plot.Title($"Mean {outcome} by point (95 % interval)");
        plot.YLabel(outcome);
        return plot;
    }

    /// <summary>A point's label: its values where it sets any, "base" where it keeps the base scenario.</summary>
    private static string Label(SweepDefinition sweep, SweepPoint point)
    {
        var set = sweep.Keys.Select((k, i) => (k, v: point.Values[i])).Where(x => x.v.Length > 0).Select(x => $"{x.k.Split('.')[^1]}={x.v}").ToArray();
        return $"{point.Index}: {(set.Length == 0 ? "base" : string.Join(", ", set))}";
    }

    private static Plot Heatmap(string keyX, string keyY, string outcome, double[] x, double[] y, double[] z)
    {
        var xs = x.Distinct().Order().ToArray();
        var ys = y.Distinct().Order().ToArray();
        var cells = new double[ys.Length, xs.Length];
        var spreads = new List<double>();
        for (var r = 0; r < ys.Length; r++)
        {
            for (var c = 0; c < xs.Length; c++)
            {
                var values = Enumerable.Range(0, z.Length).Where(i => x[i] == xs[c] && y[i] == ys[ys.Length - 1 - r] && !double.IsNaN(z[i])).Select(i => z[i]).ToArray();
                cells[r, c] = values.Length == 0 ? double.NaN : values.Average();
                if (values.Length > 1)
                {
                    spreads.Add(Statistics.StandardDeviation(values));
                }
            }
        }

        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(cells);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        // The colours span the means' own range: on 0–1 a sweep whose points differ by a few points is one flat colour.
        var finite = cells.Cast<double>().Where(double.IsFinite).DefaultIfEmpty(0).ToArray();
        heatmap.ManualRange = new ScottPlot.Range(finite.Min(), Math.Max(finite.Max(), finite.Min() + 1e-6));
        heatmap.Extent = new CoordinateRect(0, xs.Length, 0, ys.Length);
        // The title names the scale (a colour bar label was drawn over the tick labels); shares tick in percent.
        var colourBar = plot.Add.ColorBar(heatmap);
        colourBar.Label = "";
        if (outcome.EndsWith(".final_adoption", StringComparison.Ordinal))
        {
            colourBar.Axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => (v * 100).ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture) + " %" };
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(xs.Select((_, i) => i + 0.5).ToArray(), xs.Select(v => Output.CsvFormat.Number(v)).ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ys.Select((_, i) => i + 0.5).ToArray(), ys.Select(v => Output.CsvFormat.Number(v)).ToArray());
        plot.Axes.SetLimits(0, xs.Length, 0, ys.Length);
        plot.Title(HeatmapTitle(outcome, finite, spreads.Count == 0 ? double.NaN : spreads.Average(), outcome.EndsWith(".final_adoption", StringComparison.Ordinal)));
        plot.XLabel(keyX);
        plot.YLabel(keyY);
        return plot;
    }

    /// <summary>
    /// The heat map's title: its colours span the cell means' own range, so the title gives that span beside the
    /// replicate noise (the mean standard deviation of the runs within a cell) and says when the span is the smaller:
    /// differences that look large in colour are then within the noise.
    /// </summary>
    public static string HeatmapTitle(string outcome, IReadOnlyList<double> means, double replicateSd, bool share)
    {
        var span = means.Count == 0 ? 0 : means.Max() - means.Min();
        string V(double v) => share ? $"{(v * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} points" : v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        if (!double.IsFinite(replicateSd))
        {
            return $"Mean {outcome}\n(colours span {V(span)})";
        }

        return span < replicateSd
            ? $"Mean {outcome}\n(colours span {V(span)}, less than the replicate noise: sd {V(replicateSd)})"
            : $"Mean {outcome}\n(colours span {V(span)}; replicate noise sd {V(replicateSd)})";
    }

    private static Plot Effects(string[] keys, double[] beta, double r2, string outcome)
    {
        var order = Enumerable.Range(0, keys.Length).OrderBy(i => Math.Abs(beta[i])).ToArray();
        var plot = new Plot();
        var bars = order.Select((i, rank) => new Bar { Position = rank, Value = beta[i], FillColor = new ScottPlot.Palettes.Category10().GetColor(beta[i] >= 0 ? 0 : 3) }).ToArray();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(order.Select((_, rank) => (double)rank).ToArray(), order.Select(i => keys[i]).ToArray());
        plot.Add.VerticalLine(0, 1, Colors.Gray);
        plot.Title($"Effect on {outcome} (SRC, R² = {r2:0.00})");
        plot.XLabel("SRC (standard deviations of the outcome per standard deviation of the parameter)");
        return plot;
    }

    private static void Save(Plot plot, SweepFolder folder, string file) => Output.Plots.SavePng(plot, folder.PathOf(file));
}
