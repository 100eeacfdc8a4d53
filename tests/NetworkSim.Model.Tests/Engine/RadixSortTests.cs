using NetworkSim.Model.Engine;

namespace NetworkSim.Model.Tests.Engine;

public class RadixSortTests
{
    [Theory]
    [InlineData(0, 50)]
    [InlineData(1, 200)]
    [InlineData(255, 500)]
    [InlineData(70_000, 1_000)]
    [InlineData(int.MaxValue, 2_000)]
    public void Sorting_by_key_orders_the_keys_and_keeps_equal_keys_in_their_given_order(int largest, int count)
    {
        var random = new Random(largest ^ count);
        // Few distinct keys as well as many: ties must keep the order they were given in (the values count up).
        var distinct = new[] { 0, largest / 3, largest / 2, largest };
        var keys = Enumerable.Range(0, count).Select(i => i % 2 == 0 ? distinct[random.Next(4)] : (int)random.NextInt64(0, (long)largest + 1)).ToArray();
        var values = Enumerable.Range(0, count).ToArray();
        var expected = keys.Zip(values).OrderBy(p => p.First).ToArray();

        RadixSort.StablyByKey(keys, values, keys.Max());

        Assert.Equal(expected.Select(p => p.First), keys);
        Assert.Equal(expected.Select(p => p.Second), values);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(300)]
    public void A_key_outside_zero_to_the_largest_is_refused(int key)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RadixSort.StablyByKey(new[] { 5, key, 7 }, new int[3], 299));
    }

    [Fact]
    public void Keys_and_values_of_different_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => RadixSort.StablyByKey(new int[2], new int[1], 2));
    }
}
