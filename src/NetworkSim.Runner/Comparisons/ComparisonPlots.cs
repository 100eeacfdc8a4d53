using NetworkSim.Runner.Output;
using ScottPlot;

namespace NetworkSim.Runner.Comparisons;

/// <summary>A comparison's plots: the designs' adoption curves overlaid with replicate bands, and a forest plot of the paired differences.</summary>
internal static class ComparisonPlots
{
    public static IReadOnlyList<Sweeps.SweepPlot> Write(IReadOnlyList<DesignRuns> designs, IReadOnlyList<OutcomeComparison> outcomes, ResultsFolder folder)
    {
        var practice = designs[0].Scenario.Practices[0].Name;
        Save(Curves(designs), folder, "curves.png");
        Save(Forest(designs, outcomes), folder, "forest.png");
        return
        [
            new("curves.png", $"Share of all staff practising {practice} over time, each design's replicate mean with the 2.5–97.5 % range of its replicates."),
            new("forest.png", $"Each outcome's paired difference from {designs[0].Scenario.Name}, as a share of {designs[0].Scenario.Name}'s mean, with its 95 % interval. Right of the line: higher than {designs[0].Scenario.Name}."),
        ];
    }

    private static Plot Curves(IReadOnlyList<DesignRuns> designs)
    {
        var plot = new Plot();
        for (var d = 0; d < designs.Count; d++)
        {
            var band = Band.Of(designs[d].Replicates.Select(r => r.Ticks).ToArray(), m => m.AdoptionFraction(0));
            Plots.AddBand(plot, band, designs[d].Scenario.Name, d, LinePattern.Solid);
        }

        plot.Title($"Adoption of {designs[0].Scenario.Practices[0].Name} by design ({designs[0].Replicates.Count} paired replicates, 95 % band)");
        plot.XLabel("tick (week)");
        plot.YLabel("share of all staff practising");
        plot.Axes.SetLimitsX(0, designs.Max(d => d.Scenario.Ticks));
        plot.Axes.SetLimitsY(0, 1.02);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static Plot Forest(IReadOnlyList<DesignRuns> designs, IReadOnlyList<OutcomeComparison> outcomes)
    {
        var plot = new Plot();
        var rows = outcomes.Where(o => o.Designs[0].Mean is > 0 && o.VsFirst.Skip(1).All(d => double.IsFinite(d.Mean))).ToArray();
        var labels = new List<string>();
        var position = 0.0;
        foreach (var outcome in rows.Reverse())
        {
            for (var d = designs.Count - 1; d >= 1; d--)
            {
                var diff = outcome.VsFirst[d];
                var scale = 100 / outcome.Designs[0].Mean;
                var color = new ScottPlot.Palettes.Category10().GetColor(d);
                var whisker = plot.Add.Line(diff.Low * scale, position, diff.High * scale, position);
                whisker.Color = color;
                whisker.LineWidth = 2;
                var dot = plot.Add.Marker(diff.Mean * scale, position);
                dot.Color = color;
                dot.Size = 8;
                labels.Add(designs.Count > 2 ? $"{outcome.Outcome} ({designs[d].Scenario.Name})" : outcome.Outcome);
                position++;
            }
        }

        plot.Add.VerticalLine(0, 1, Colors.Gray);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray(), labels.ToArray());
        plot.Axes.SetLimitsY(-0.7, Math.Max(0.7, labels.Count - 0.3));
        plot.Title("Paired differences from the first design");
        plot.XLabel("difference, % of the first design's mean (95 % interval)");
        return plot;
    }

    private static void Save(Plot plot, ResultsFolder folder, string file) => Output.Plots.SavePng(plot, folder.PathOf(file));
}
