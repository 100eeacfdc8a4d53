using NetworkSim.Analysis.Designs;

namespace NetworkSim.Analysis.Tests.Designs;

public sealed class SobolSequenceTests
{
    // scipy 1.10.1: qmc.Sobol(d=100, scramble=False).random(1024)[i, [0, 1, 2, 9, 49, 99]] (Joe–Kuo 6.21201, Gray-code order).
    [Theory]
    [InlineData(0, new[] { 0.0, 0.0, 0.0, 0.0, 0.0, 0.0 })]
    [InlineData(1, new[] { 0.5, 0.5, 0.5, 0.5, 0.5, 0.5 })]
    [InlineData(2, new[] { 0.75, 0.25, 0.25, 0.75, 0.75, 0.75 })]
    [InlineData(3, new[] { 0.25, 0.75, 0.75, 0.25, 0.25, 0.25 })]
    [InlineData(5, new[] { 0.875, 0.875, 0.125, 0.125, 0.875, 0.375 })]
    [InlineData(7, new[] { 0.125, 0.625, 0.375, 0.875, 0.125, 0.625 })]
    [InlineData(100, new[] { 0.4140625, 0.2578125, 0.7734375, 0.6953125, 0.6640625, 0.8828125 })]
    [InlineData(1023, new[] { 0.0009765625, 0.7529296875, 0.6123046875, 0.8505859375, 0.8232421875, 0.5302734375 })]
    public void Points_match_scipys_unscrambled_sobol_sequence_exactly(int index, double[] expected)
    {
        var point = new SobolSequence(100).Point(index);

        Assert.Equal(expected, new[] { point[0], point[1], point[2], point[9], point[49], point[99] });
    }

    [Fact]
    public void Each_block_of_a_power_of_two_points_puts_one_point_in_every_dyadic_interval_of_each_coordinate()
    {
        var sobol = new SobolSequence(60);
        var block = Enumerable.Range(64, 64).Select(i => sobol.Point(i)).ToArray();

        for (var j = 0; j < 60; j++)
        {
            Assert.Equal(Enumerable.Range(0, 64), block.Select(p => (int)(p[j] * 64)).Order());
        }
    }

    [Fact]
    public void More_dimensions_than_the_embedded_table_holds_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SobolSequence(SobolSequence.MaxDimensions + 1));
}
