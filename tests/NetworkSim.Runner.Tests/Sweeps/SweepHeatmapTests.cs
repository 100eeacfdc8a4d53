using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Tests.Sweeps;

/// <summary>A heat map stretches its colours over the means' own range: when that is narrower than the replicates' noise, its title says so.</summary>
public class SweepHeatmapTests
{
    [Fact]
    public void A_colour_scale_narrower_than_the_replicate_noise_says_so_in_the_title()
    {
        // Means 13.58 % to 13.92 % (0.34 points) while the replicates of a point spread with sd 1.5 points.
        Assert.Equal("Mean formative-assessment.final_adoption\n(colours span 0.3 points, less than the replicate noise: sd 1.5 points)",
            SweepPlots.HeatmapTitle("formative-assessment.final_adoption", [0.1358, 0.1392, 0.1370], 0.015, share: true));
    }

    [Fact]
    public void A_colour_scale_wider_than_the_replicate_noise_keeps_a_plain_title()
    {
        Assert.Equal("Mean formative-assessment.final_adoption\n(colours span 12.0 points; replicate noise sd 1.5 points)",
            SweepPlots.HeatmapTitle("formative-assessment.final_adoption", [0.10, 0.22], 0.015, share: true));
    }
}
