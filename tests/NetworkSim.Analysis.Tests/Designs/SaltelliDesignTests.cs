using NetworkSim.Analysis.Designs;

namespace NetworkSim.Analysis.Tests.Designs;

public sealed class SaltelliDesignTests
{
    private static readonly ParameterRange[] Ranges = [new("a", 0, 1), new("b", -1, 1), new("c", 10, 20)];

    [Fact]
    public void Each_row_holds_a_then_a_with_one_column_from_b_per_parameter_then_b()
    {
        var design = SaltelliDesign.Create(Ranges, 8);

        Assert.Equal(8 * 5, design.RunCount);
        for (var row = 0; row < 8; row++)
        {
            var a = design.Run(row * 5);
            var b = design.Run(row * 5 + 4);
            for (var i = 0; i < 3; i++)
            {
                var ab = design.Run(row * 5 + 1 + i);
                for (var j = 0; j < 3; j++)
                {
                    Assert.Equal(j == i ? b[j] : a[j], ab[j]);
                }
            }
        }
    }

    [Fact]
    public void A_and_b_are_the_two_halves_of_sobol_points_n_to_2n_minus_1()
    {
        var design = SaltelliDesign.Create(Ranges, 4);
        var sobol = new SobolSequence(6);

        for (var row = 0; row < 4; row++)
        {
            var point = sobol.Point(4 + row);
            Assert.Equal(ParameterRange.Scale(Ranges, point[..3]), design.Run(row * 5));
            Assert.Equal(ParameterRange.Scale(Ranges, point[3..]), design.Run(row * 5 + 4));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100)]
    public void A_base_sample_that_is_not_a_power_of_two_is_refused(int n)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SaltelliDesign.Create(Ranges, n));
        Assert.Contains("power of two", error.Message);
    }
}
