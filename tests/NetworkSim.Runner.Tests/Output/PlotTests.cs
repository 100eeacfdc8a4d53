using NetworkSim.Runner.Output;
using ScottPlot;

namespace NetworkSim.Runner.Tests.Output;

public class PlotTests
{
    [Theory]
    [InlineData("adoption.png")]
    [InlineData("network_vs_home.png")]
    [InlineData("trust_ties.png")]
    public void Time_axes_run_from_tick_0_to_the_last_tick_and_shares_from_0_to_1(string name)
    {
        var plot = Rendered(name, FakeResults.Make(replicates: 2, ticks: 20));
        var limits = plot.Axes.GetLimits(plot.Axes.Bottom, plot.Axes.Left);
        Assert.Equal((0.0, 20.0), (limits.Left, limits.Right));
        Assert.Equal((0.0, 1.02), (limits.Bottom, limits.Top));
    }

    [Fact]
    public void The_exposure_axes_start_at_0()
    {
        var plot = Rendered("exposure.png", FakeResults.Make(replicates: 2, ticks: 20));
        var limits = plot.Axes.GetLimits();
        Assert.Equal(0, limits.Left);
        Assert.Equal(0, limits.Bottom);
    }

    [Theory]
    [InlineData("adoption.png")]
    [InlineData("network_vs_home.png")]
    [InlineData("trust_ties.png")]
    [InlineData("exposure.png")]
    public void Legends_sit_below_the_plot_where_they_hide_no_data(string name)
    {
        var plot = Rendered(name, FakeResults.Make(replicates: 2, ticks: 20));
        Assert.False(plot.Legend.IsVisible, "no legend inside the data area");
        Assert.Contains(plot.Axes.GetPanels(), p => p is ScottPlot.Panels.LegendPanel && p.Edge == Edge.Bottom);
    }

    [Fact]
    public void The_school_heat_map_names_its_colour_scale_in_the_title_and_its_colour_bar_in_percent_without_a_label_over_the_ticks()
    {
        var plot = Rendered("schools.png", FakeResults.Make(replicates: 2, ticks: 20));
        var colourBar = Assert.Single(plot.Axes.GetPanels().OfType<ScottPlot.Panels.ColorBar>());

        Assert.Equal("", colourBar.Label);
        var ticks = Assert.IsType<ScottPlot.TickGenerators.NumericManual>(colourBar.Axis.TickGenerator).Ticks;
        Assert.Equal(["0 %", "25 %", "50 %", "75 %", "100 %"], ticks.Select(t => t.Label));
        Assert.EndsWith("(replicate mean; colour: share of staff practising)", plot.Axes.Title.Label.Text);
    }

    private static Plot Rendered(string name, Running.ScenarioResults results)
    {
        var plot = Plots.Draw(name, results);
        plot.GetImage(Plots.Width, Plots.Height);
        return plot;
    }
}
