using NetworkSim.Analysis.Designs;
using NetworkSim.Analysis.Sensitivity;
using static NetworkSim.Analysis.Tests.TestFunctions;

namespace NetworkSim.Analysis.Tests.Sensitivity;

public sealed class SobolAnalysisTests
{
    /// <summary>Ishigami's analytic partial variances (Sobol' &amp; Levitan 1999; Saltelli et al. 2008, §4.3).</summary>
    private static (double[] First, double[] Total) Analytic()
    {
        var (a, b, pi4, pi8) = (IshigamiA, IshigamiB, Math.Pow(Math.PI, 4), Math.Pow(Math.PI, 8));
        var v1 = 0.5 * Math.Pow(1 + b * pi4 / 5, 2);
        var v2 = a * a / 8;
        var v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50);
        var v = v1 + v2 + v13;
        return ([v1 / v, v2 / v, 0], [(v1 + v13) / v, v2 / v, v13 / v]);
    }

    [Fact]
    public void The_analytic_ishigami_indices_are_the_published_ones()
    {
        var (first, total) = Analytic();

        Assert.Equal([0.314, 0.442, 0], first.Select(s => Math.Round(s, 3)));
        Assert.Equal([0.558, 0.442, 0.244], total.Select(s => Math.Round(s, 3)));
    }

    [Fact]
    public void Ishigami_indices_from_8192_base_samples_lie_within_0_02_and_within_their_intervals_of_the_analytic_ones()
    {
        // N = 2^13 base samples, 8192 × 5 = 40,960 runs; tolerance 0.02 on every index.
        var design = SaltelliDesign.Create(IshigamiRanges, 8192);
        var outputs = design.Runs().Select(Ishigami).ToArray();
        var (first, total) = Analytic();

        var indices = SobolAnalysis.Analyse(design, outputs, seed: 1);

        for (var i = 0; i < 3; i++)
        {
            var s = indices[i];
            Assert.True(Math.Abs(s.First - first[i]) < 0.02, $"S1({s.Name}) = {s.First}, analytic {first[i]}");
            Assert.True(Math.Abs(s.Total - total[i]) < 0.02, $"ST({s.Name}) = {s.Total}, analytic {total[i]}");
            Assert.True(s.FirstInterval.Contains(first[i]), $"S1({s.Name}) interval {s.FirstInterval} misses {first[i]}");
            Assert.True(s.TotalInterval.Contains(total[i]), $"ST({s.Name}) interval {s.TotalInterval} misses {total[i]}");
        }
    }

    [Fact]
    public void A_function_of_one_parameter_gives_it_all_the_variance_and_the_others_none()
    {
        ParameterRange[] ranges = [new("a", 0, 1), new("b", 0, 1)];
        var design = SaltelliDesign.Create(ranges, 256);
        var outputs = design.Runs().Select(x => 3 * x[0] * x[0]).ToArray();

        var indices = SobolAnalysis.Analyse(design, outputs, seed: 1);

        Assert.InRange(indices[0].Total, 0.95, 1.05);
        Assert.Equal(0, indices[1].First, 12);
        Assert.Equal(0, indices[1].Total, 12);
        Assert.InRange(indices[0].First, 0.95, 1.05);
    }
}
