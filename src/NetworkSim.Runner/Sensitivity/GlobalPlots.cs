using NetworkSim.Runner.Output;
using NetworkSim.Runner.Sweeps;
using ScottPlot;

namespace NetworkSim.Runner.Sensitivity;

/// <summary>A bar plot per outcome: μ* with its interval and σ (Morris), or S1 and ST with their intervals (Sobol'), largest at the top.</summary>
internal static class GlobalPlots
{
    public static IReadOnlyList<SweepPlot> Write(IReadOnlyList<GlobalIndices> results, ResultsFolder folder)
    {
        var plots = new List<SweepPlot>();
        foreach (var r in results)
        {
            var morris = r.Morris is not null;
            var file = $"{(morris ? "morris" : "sobol")}_{r.Outcome}.png";
            var names = morris ? r.Morris!.Select(m => m.Name).ToArray() : r.Sobol!.Select(s => s.Name).ToArray();
            Plots.SavePng(morris ? Morris(r) : Sobol(r), folder.PathOf(file), Plots.Width, 140 + 20 * names.Length);
            plots.Add(new SweepPlot(file, morris
                ? $"Morris: each parameter's mean absolute elementary effect μ* on {r.Meaning} (bar, with its 95 % bootstrap interval) and the spread of its effects σ (dot); σ as large as μ* means the effect depends on the other parameters or is not linear."
                : $"Sobol': each parameter's first-order index S1 (dark: the share of the variance of {r.Meaning} it explains alone) and total index ST (light: with its interactions), each with its 95 % bootstrap interval."));
        }

        return plots;
    }

    private static Plot Morris(GlobalIndices r)
    {
        var scale = r.Outcome.StartsWith("final_", StringComparison.Ordinal) ? 100 : 1;
        var order = r.Morris!.OrderBy(m => m.MuStar).ToArray();
        var plot = new Plot();
        var color = new ScottPlot.Palettes.Category10().GetColor(0);
        var bars = plot.Add.Bars(order.Select((m, i) => new Bar { Position = i, Value = m.MuStar * scale, FillColor = color.WithAlpha(0.7) }).ToArray());
        bars.Horizontal = true;
        for (var i = 0; i < order.Length; i++)
        {
            Whisker(plot, i, order[i].MuStarInterval.Low * scale, order[i].MuStarInterval.High * scale);
            var sigma = plot.Add.Marker(order[i].Sigma * scale, i);
            sigma.Color = new ScottPlot.Palettes.Category10().GetColor(3);
            sigma.Size = 6;
        }

        Names(plot, order.Select(m => m.Name).ToArray());
        plot.Title($"Morris on {r.Outcome}: μ* (bars, 95 % interval) and σ (dots)");
        plot.XLabel(scale == 100 ? "percentage points over the parameter's range" : "weeks over the parameter's range");
        return plot;
    }

    private static Plot Sobol(GlobalIndices r)
    {
        var order = r.Sobol!.OrderBy(s => s.Total).ToArray();
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var total = plot.Add.Bars(order.Select((s, i) => new Bar { Position = i, Value = s.Total, FillColor = palette.GetColor(0).WithAlpha(0.35), Size = 0.8 }).ToArray());
        total.Horizontal = true;
        var first = plot.Add.Bars(order.Select((s, i) => new Bar { Position = i, Value = s.First, FillColor = palette.GetColor(0), Size = 0.4 }).ToArray());
        first.Horizontal = true;
        for (var i = 0; i < order.Length; i++)
        {
            Whisker(plot, i + 0.25, order[i].TotalInterval.Low, order[i].TotalInterval.High);
            Whisker(plot, i - 0.1, order[i].FirstInterval.Low, order[i].FirstInterval.High);
        }

        plot.Add.VerticalLine(0, 1, Colors.Gray);
        Names(plot, order.Select(s => s.Name).ToArray());
        plot.Title($"Sobol' on {r.Outcome}: S1 (dark) and ST (light), 95 % intervals");
        plot.XLabel("share of the outcome's variance");
        return plot;
    }

    private static void Whisker(Plot plot, double position, double low, double high)
    {
        var line = plot.Add.Line(low, position, high, position);
        line.Color = Colors.Black;
        line.LineWidth = 1.5f;
    }

    private static void Names(Plot plot, string[] names)
    {
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(names.Select((_, i) => (double)i).ToArray(), names);
        plot.Axes.SetLimitsY(-0.7, names.Length - 0.3);
    }
}
