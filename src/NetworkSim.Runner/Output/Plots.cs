using NetworkSim.Model.Metrics;
using NetworkSim.Runner.Running;
using ScottPlot;

namespace NetworkSim.Runner.Output;

/// <summary>The results folder's PNG plots. Every time series shows its replicate mean and a 95 % replicate band.</summary>
internal static class Plots
{
    public const int Width = 900;
    public const int Height = 520;

    /// <summary>Top of a share's axis: 0–1 with a little headroom, so a curve at 100 % is not drawn on the frame.</summary>
    private const double ShareTop = 1.02;

    /// <summary>The plots, in the order the report shows them.</summary>
    public static readonly IReadOnlyList<string> Names = ["adoption.png", "network_vs_home.png", "schools.png", "trust_ties.png", "exposure.png"];

    /// <summary>Writes every plot into <paramref name="folder"/> and returns the file names.</summary>
    public static IReadOnlyList<string> Write(ScenarioResults results, ResultsFolder folder)
    {
        foreach (var name in Names)
        {
            SavePng(Draw(name, results), folder.PathOf(name));
        }

        return Names;
    }

    /// <summary>Writes a plot as a PNG through a temporary name, so no reader ever sees half of it.</summary>
    public static void SavePng(Plot plot, string path, int width = Width, int height = Height)
    {
        plot.SavePng(path + ".tmp.png", width, height);
        File.Move(path + ".tmp.png", path, overwrite: true);
    }

    /// <summary>Draws one of the <see cref="Names"/> without saving it (tests read its axes and legend).</summary>
    public static Plot Draw(string name, ScenarioResults results)
    {
        var replicates = results.Replicates.Select(r => r.Ticks).ToArray();
        var practices = results.Scenario.Practices;
        var plot = new Plot();
        switch (name)
        {
            case "adoption.png":
                for (var k = 0; k < practices.Count; k++)
                {
                    var practice = k;
                    AddBand(plot, Band.Of(replicates, m => m.Value("adoption_fraction", practice)), practices[k].Name, k, LinePattern.Solid);
                }

                Label(plot, $"{results.Scenario.Name}: adoption over time ({results.Replicates.Count} replicates, 95 % band)", "share of all participants practising");
                TicksFromZero(plot, replicates);
                plot.Axes.SetLimitsY(0, ShareTop);
                break;
            case "network_vs_home.png":
                for (var k = 0; k < practices.Count; k++)
                {
                    var practice = k;
                    AddBand(plot, Band.Of(replicates, m => m.Value("in_network_fraction", practice)), $"{practices[k].Name}: in the network", k, LinePattern.Solid);
                    AddBand(plot, Band.Of(replicates, m => m.Value("back_home_fraction", practice)), $"{practices[k].Name}: back home", k, LinePattern.Dashed);
                }

                Label(plot, "In the network vs back home", "share practising");
                TicksFromZero(plot, replicates);
                plot.Axes.SetLimitsY(0, ShareTop);
                break;
            case "schools.png":
                SchoolHeatmap(plot, results, replicates);
                break;
            case "trust_ties.png":
                // A textbook model holds neither trust nor engagement: its plot shows the ties alone.
                var first = replicates[0][0];
                if (first.Computes("mean_trust"))
                {
                    AddBand(plot, Band.Of(replicates, m => m.Value("mean_trust")), "mean trust across schools (left)", 0, LinePattern.Solid);
                }

                if (first.Computes("engaged_fraction"))
                {
                    AddBand(plot, Band.Of(replicates, m => m.Value("engaged_fraction")), "members still engaged (left)", 2, LinePattern.Dotted);
                }

                var ties = AddBand(plot, Band.Of(replicates, m => m.Value("ties")), "cross-school ties (right)", 1, LinePattern.Dashed);
                foreach (var item in ties)
                {
                    item.Axes.YAxis = plot.Axes.Right;
                }

                plot.Axes.Right.Label.Text = "cross-school ties";
                var most = replicates.Max(r => r.Max(m => m.Value("ties")));
                plot.Axes.SetLimitsY(0, Math.Max(1, most * 1.15), plot.Axes.Right);
                Label(plot, first.Computes("mean_trust") ? "Social capital: trust, ties and engagement" : "Cross-school ties", first.Computes("mean_trust") ? "trust / share engaged" : "");
                TicksFromZero(plot, replicates);
                plot.Axes.SetLimitsY(0, ShareTop, plot.Axes.Left);
                break;
            case "exposure.png":
                ExposureCurve(plot, results);
                break;
            default:
                throw new ArgumentException($"no plot called {name}", nameof(name));
        }

        return plot;
    }

    /// <summary>Chance of adopting at a tick against the number of practising contacts, with Wilson 95 % intervals, over all ticks and replicates.</summary>
    private static void ExposureCurve(Plot plot, ScenarioResults results)
    {
        var practices = results.Scenario.Practices;
        for (var p = 0; p < practices.Count; p++)
        {
            var (k, rate, low, high) = Exposure(results, p);
            if (k.Length == 0)
            {
                continue;
            }

            var color = new ScottPlot.Palettes.Category10().GetColor(p);
            var band = plot.Add.FillY(k, low, high);
            band.FillColor = color.WithAlpha(0.18);
            band.LineWidth = 0;
            var line = plot.Add.Scatter(k, rate);
            line.Color = color;
            line.LegendText = practices[p].Name;
        }

        Label(plot, "Exposure curve: chance of adopting at a tick (95 % Wilson interval)", "share adopting that tick");
        plot.XLabel($"practising contacts at the tick ({Model.Metrics.ExposureCounter.Cap} = that many or more)");

        // Counts and chances cannot be negative: both axes start at 0 (the top follows the widest interval).
        plot.Axes.SetLimitsX(0, Model.Metrics.ExposureCounter.Cap + 0.5);
        var top = Enumerable.Range(0, practices.Count).SelectMany(p => Exposure(results, p).High).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimitsY(0, Math.Min(ShareTop, Math.Max(0.05, top * 1.05)));
    }

    public static (double[] K, double[] Rate, double[] Low, double[] High) Exposure(ScenarioResults results, int practice)
    {
        var bins = Model.Metrics.ExposureCounter.Bins;
        var atRisk = new long[bins];
        var adopted = new long[bins];
        foreach (var tick in results.Replicates.SelectMany(r => r.Ticks))
        {
            for (var b = 0; b < bins && practice * bins + b < tick.ExposureAtRisk.Length; b++)
            {
                atRisk[b] += tick.ExposureAtRisk[practice * bins + b];
                adopted[b] += tick.ExposureAdopted[practice * bins + b];
            }
        }

        var shown = Enumerable.Range(0, bins).Where(b => atRisk[b] >= 10).ToArray();
        var wilson = shown.Select(b => Wilson(adopted[b], atRisk[b])).ToArray();
        return (shown.Select(b => (double)b).ToArray(), shown.Select(b => (double)adopted[b] / atRisk[b]).ToArray(),
            wilson.Select(w => w.Low).ToArray(), wilson.Select(w => w.High).ToArray());
    }

    /// <summary>Wilson score interval for a binomial proportion at 95 %.</summary>
    public static (double Low, double High) Wilson(long successes, long trials)
    {
        const double z = 1.959964;
        var p = (double)successes / trials;
        var denominator = 1 + z * z / trials;
        var centre = (p + z * z / (2 * trials)) / denominator;
        var half = z * Math.Sqrt(p * (1 - p) / trials + z * z / (4.0 * trials * trials)) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    private static void SchoolHeatmap(Plot plot, ScenarioResults results, IReadOnlyList<IReadOnlyList<TickMetrics>> replicates)
    {
        var schools = results.Scenario.Network.SchoolCount;
        var ticks = replicates.Min(r => r.Count);
        var shown = Math.Min(schools, 400);
        var cells = new double[shown, ticks];
        for (var s = 0; s < shown; s++)
        {
            var school = (int)((long)s * schools / shown);
            for (var t = 0; t < ticks; t++)
            {
                // Mean over replicates of the school's share of staff practising the first practice. Row 0 is drawn at the top.
                cells[s, t] = replicates.Average(r => r[t].Practices[0].SchoolAdoption[school]);
            }
        }

        var heatmap = plot.Add.Heatmap(cells);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.ManualRange = new ScottPlot.Range(0, 1);
        heatmap.Extent = new CoordinateRect(0, ticks - 1, 0, shown);
        // The colour bar's own label was drawn over its tick labels: the title names the scale, the ticks are percentages.
        var colourBar = plot.Add.ColorBar(heatmap);
        colourBar.Label = "";
        colourBar.Axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0, 0.25, 0.5, 0.75, 1], ["0 %", "25 %", "50 %", "75 %", "100 %"]);
        if (shown <= 40)
        {
            // Few schools: name each row (the first school at the top, as in the scenario file).
            var names = results.Scenario.Network.Schools;
            var positions = Enumerable.Range(0, shown).Select(s => shown - 1 - s + 0.5).ToArray();
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, names.Take(shown).ToArray());
        }

        plot.Axes.SetLimits(0, ticks - 1, 0, shown);
        var sampled = shown < schools ? $", {shown} of {schools} schools shown" : "";
        Label(plot, $"Adoption of '{results.Scenario.Practices[0].Name}' per school (replicate mean{sampled}; colour: share of staff practising)", "school", legend: false);
    }

    /// <summary>A replicate band and its mean line in palette colour <paramref name="colour"/>; every plot of bands draws them so.</summary>
    internal static IPlottable[] AddBand(Plot plot, Band band, string label, int colour, LinePattern pattern)
    {
        var color = new ScottPlot.Palettes.Category10().GetColor(colour);
        var fill = plot.Add.FillY(band.Ticks, band.Low, band.High);
        fill.FillColor = color.WithAlpha(0.18);
        fill.LineWidth = 0;
        var line = plot.Add.Scatter(band.Ticks, band.Mean);
        line.Color = color;
        line.LineWidth = 2;
        line.MarkerSize = 0;
        line.LinePattern = pattern;
        line.LegendText = label;
        return [fill, line];
    }

    private static void Label(Plot plot, string title, string y, bool legend = true)
    {
        plot.Title(title);
        plot.XLabel("tick (week)");
        plot.YLabel(y);
        if (!legend)
        {
            return;
        }

        // Below the plot, outside the data area: a legend inside it hides whatever the curves do in its corner.
        plot.ShowLegend(Edge.Bottom);
    }

    /// <summary>The time axis runs from tick 0 to the last tick, without the auto-margin that started it at -5.</summary>
    private static void TicksFromZero(Plot plot, IReadOnlyList<IReadOnlyList<TickMetrics>> replicates)
    {
        var last = replicates[0][replicates.Min(r => r.Count) - 1].Tick;
        plot.Axes.SetLimitsX(0, Math.Max(1, last));
    }
}
