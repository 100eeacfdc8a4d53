namespace NetworkSim.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class SiloMemoryMonitorTests(ClusterFixture clusters)
{
    [Fact]
    public async Task A_memory_report_has_one_entry_per_silo_named_by_its_address_with_positive_figures()
    {
        var cluster = clusters.ThreeSilos;
        await using var monitor = SiloMemoryMonitor.Start(cluster.Client, TimeSpan.FromMinutes(1));

        var reports = await monitor.StopAsync();

        Assert.Equal(cluster.Silos.Select(s => s.SiloAddress.ToParsableString()).Order(StringComparer.Ordinal), reports.Select(r => r.Silo));
        Assert.All(reports, r =>
        {
            Assert.True(r.PeakResidentBytes > 0, $"{r.Silo}: peak resident {r.PeakResidentBytes}");
            Assert.True(r.HeapAfterCollectionBytes > 0, $"{r.Silo}: heap after a collection {r.HeapAfterCollectionBytes}");
            Assert.True(r.CommittedBytes > 0, $"{r.Silo}: committed {r.CommittedBytes}");
            Assert.Equal(2, r.Samples);
        });
    }
}
