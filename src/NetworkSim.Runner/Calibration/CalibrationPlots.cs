using System.Globalization;
using NetworkSim.Analysis.Calibration;
using NetworkSim.Runner.Sweeps;
using ScottPlot;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// A calibration's plots: the posterior predictive band against the observed points, the marginal posteriors, a
/// pairs plot of the fitted parameters (a ridge shows parameters the data cannot tell apart), and the tolerance by
/// generation.
/// </summary>
internal static class CalibrationPlots
{
    private static readonly ScottPlot.Palettes.Category10 Palette = new();

    public static IReadOnlyList<SweepPlot> Write(CalibrationDefinition definition, AbcSmcState state, PosteriorSummary posterior, IReadOnlyList<PredictiveSeries> band, SweepFolder folder)
    {
        Output.Plots.SavePng(Predictive(definition, band), folder.PathOf("predictive.png"));
        Marginals(definition, state, posterior).SavePng(folder.PathOf("marginals.png") + ".tmp.png", 420 * Math.Min(3, definition.Keys.Count), 340 * (int)Math.Ceiling(definition.Keys.Count / 3.0));
        File.Move(folder.PathOf("marginals.png") + ".tmp.png", folder.PathOf("marginals.png"), overwrite: true);
        var k = definition.Keys.Count;
        Pairs(definition, state, posterior).SavePng(folder.PathOf("pairs.png") + ".tmp.png", Math.Max(420, 300 * k), Math.Max(340, 300 * k));
        File.Move(folder.PathOf("pairs.png") + ".tmp.png", folder.PathOf("pairs.png"), overwrite: true);
        Output.Plots.SavePng(Tolerance(state), folder.PathOf("tolerance.png"));
        return
        [
            new("predictive.png", $"Posterior predictive: the median (line) and 2.5–97.5 % range (band) of {definition.Worlds} runs, one per posterior world, against the observed points. A point outside its band is one the calibrated model does not expect."),
            new("marginals.png", "Marginal posteriors of the last generation (weighted histograms over the prior's range) with the median (solid) and the 95 % credible interval (dashed)."),
            new("pairs.png", "The fitted parameters against each other (each particle of the last generation; darker: more weight), with their correlation r. A narrow diagonal band (a ridge) means the data fix a combination of the two, not each."),
            new("tolerance.png", "The tolerance each generation accepted at (left, log scale) and its acceptance rate (right)."),
        ];
    }

    public static Plot Predictive(CalibrationDefinition definition, IReadOnlyList<PredictiveSeries> band)
    {
        var plot = new Plot();
        var ticks = Enumerable.Range(0, definition.Scenario.Ticks + 1).Select(t => (double)t).ToArray();
        for (var s = 0; s < band.Count; s++)
        {
            var series = band[s];
            var colour = Palette.GetColor(s);
            var fill = plot.Add.FillY(ticks, series.Low, series.High);
            fill.FillColor = colour.WithAlpha(0.18);
            fill.LineWidth = 0;
            var line = plot.Add.Scatter(ticks, series.Median);
            line.Color = colour;
            line.LineWidth = 2;
            line.MarkerSize = 0;
            line.LegendText = $"{series.Label}: calibrated model";
            var points = definition.Observed.Points.Where(p => p.Column == series.Column && p.Practice == series.Practice && p.School == series.School).ToArray();
            var observed = plot.Add.ScatterPoints(points.Select(p => (double)p.Tick).ToArray(), points.Select(p => p.Value).ToArray());
            observed.Color = colour;
            observed.MarkerSize = 9;
            observed.MarkerShape = MarkerShape.FilledDiamond;
            observed.LegendText = $"{series.Label}: observed";
        }

        plot.Title($"{definition.Scenario.Name} calibrated to {definition.Observed.File}\nposterior predictive: median and 95 % band");
        plot.XLabel("tick (week)");
        plot.YLabel("share practising");
        plot.Axes.SetLimits(0, Math.Max(1, definition.Scenario.Ticks), 0, 1.02);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static Multiplot Marginals(CalibrationDefinition definition, AbcSmcState state, PosteriorSummary posterior)
    {
        var multiplot = new Multiplot();
        var k = definition.Keys.Count;
        multiplot.AddPlots(k); // AddPlots(n) makes n subplots in all (a new Multiplot has one)
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Grid(rows: (int)Math.Ceiling(k / 3.0), columns: Math.Min(3, k));
        for (var i = 0; i < k; i++)
        {
            var plot = multiplot.GetPlot(i);
            Histogram(plot, definition.Keys[i], state.Population, i);
            var p = posterior.Parameters[i];
            plot.Add.VerticalLine(p.Median, 2, Colors.Black);
            plot.Add.VerticalLine(p.Credible95.Low, 1, Colors.Black, LinePattern.Dashed);
            plot.Add.VerticalLine(p.Credible95.High, 1, Colors.Black, LinePattern.Dashed);
            // The name is the x axis's label: the title keeps to the figures, so that it fits over its panel.
            plot.Title($"median {V(p.Median)}, 95 % {V(p.Credible95.Low)} to {V(p.Credible95.High)}");
            plot.XLabel(p.Name);
            plot.YLabel("posterior weight");
        }

        return multiplot;
    }

    private static Multiplot Pairs(CalibrationDefinition definition, AbcSmcState state, PosteriorSummary posterior)
    {
        var k = definition.Keys.Count;
        var multiplot = new Multiplot();
        multiplot.AddPlots(k * k);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Grid(rows: k, columns: k);
        var population = state.Population;
        var most = population.Max(p => p.Weight);
        for (var row = 0; row < k; row++)
        {
            for (var column = 0; column < k; column++)
            {
                var plot = multiplot.GetPlot(row * k + column);
                var (x, y) = (definition.Keys[column], definition.Keys[row]);
                if (row == column)
                {
                    Histogram(plot, x, population, column);
                    plot.Title(x.Key);
                    continue;
                }

                foreach (var particle in population)
                {
                    var dot = plot.Add.Marker(particle.Parameters[column], particle.Parameters[row]);
                    dot.Color = Palette.GetColor(0).WithAlpha(0.15 + 0.85 * particle.Weight / most);
                    dot.Size = 5;
                }

                plot.Axes.SetLimits(x.Low, x.High, y.Low, y.High);
                plot.Title($"r = {posterior.Correlation[row][column].ToString("0.00", CultureInfo.InvariantCulture)}");
                plot.XLabel(x.Key);
                plot.YLabel(y.Key);
            }
        }

        return multiplot;
    }

    private static Plot Tolerance(AbcSmcState state)
    {
        var plot = new Plot();
        var generations = state.History.Where(g => double.IsFinite(g.Tolerance)).ToArray();
        var tolerance = plot.Add.Scatter(generations.Select(g => (double)g.Generation).ToArray(), generations.Select(g => g.Tolerance).ToArray());
        tolerance.LegendText = "tolerance (left)";
        tolerance.Color = Palette.GetColor(0);
        tolerance.LineWidth = 2;
        var rate = plot.Add.Scatter(state.History.Select(g => (double)g.Generation).ToArray(), state.History.Select(g => g.AcceptanceRate).ToArray());
        rate.LegendText = "acceptance rate (right)";
        rate.Color = Palette.GetColor(1);
        rate.LinePattern = LinePattern.Dashed;
        rate.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = "acceptance rate";
        plot.Axes.SetLimitsY(0, 1.02, plot.Axes.Right);
        var last = Math.Max(1, state.History.Count - 1);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, last + 1).Select(g => (double)g).ToArray(), Enumerable.Range(0, last + 1).Select(g => g.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.SetLimitsX(-0.2, last + 0.2);
        plot.Axes.SetLimitsY(0, Math.Max(1e-9, generations.Select(g => g.Tolerance).DefaultIfEmpty(1).Max()) * 1.08, plot.Axes.Left);
        plot.Title("Tolerance by generation (generation 0 draws from the prior and accepts every run)");
        plot.XLabel("generation");
        plot.YLabel("tolerance (distance, in column scales)");
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    /// <summary>A weighted histogram of one parameter over its prior's range (20 bins).</summary>
    private static void Histogram(Plot plot, FittedKey key, IReadOnlyList<Particle> population, int index)
    {
        const int bins = 20;
        var width = (key.High - key.Low) / bins;
        var heights = new double[bins];
        foreach (var p in population)
        {
            heights[Math.Clamp((int)((p.Parameters[index] - key.Low) / width), 0, bins - 1)] += p.Weight;
        }

        plot.Add.Bars(heights.Select((h, b) => new Bar { Position = key.Low + (b + 0.5) * width, Value = h, Size = width * 0.95, FillColor = Palette.GetColor(0) }).ToArray());
        plot.Axes.SetLimitsX(key.Low, key.High);
        plot.Axes.SetLimitsY(0, Math.Max(1e-9, heights.Max()) * 1.1);
    }

    private static string V(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
