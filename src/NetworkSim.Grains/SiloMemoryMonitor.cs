using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using Orleans.Runtime.Placement;

namespace NetworkSim.Grains;

/// <summary>
/// Samples the memory of every active silo of a cluster while a run goes on, for <c>networksim bench</c>: one
/// <see cref="ISiloMemoryGrain"/> per silo, placed on it by the placement hint and keyed by its address. A silo
/// that does not answer a sample (lost, busy past the timeout, any failure) keeps the figures it gave before.
/// </summary>
public sealed class SiloMemoryMonitor : IAsyncDisposable
{
    private static readonly TimeSpan SampleTimeout = TimeSpan.FromSeconds(10);

    private readonly IGrainFactory _grains;
    private readonly Dictionary<string, SiloMemoryReport> _reports = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    private SiloMemoryMonitor(IGrainFactory grains, TimeSpan interval)
    {
        _grains = grains;
        _sampling = Task.Run(() => SampleEveryAsync(interval, _stop.Token));
    }

    /// <summary>Starts sampling every <paramref name="interval"/> (the first sample at once).</summary>
    public static SiloMemoryMonitor Start(IGrainFactory grains, TimeSpan interval) => new(grains, interval);

    /// <summary>Stops sampling, takes a last sample and returns one report per silo that answered, by address.</summary>
    public async Task<IReadOnlyList<SiloMemoryReport>> StopAsync()
    {
        await StopSamplingAsync();
        await SampleAsync();
        return _reports.Values.OrderBy(r => r.Silo, StringComparer.Ordinal).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await StopSamplingAsync();
        _stop.Dispose();
    }

    private async Task StopSamplingAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
        }

        await _sampling;
    }

    private async Task SampleEveryAsync(TimeSpan interval, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            await SampleAsync();
        }
        while (await WaitAsync(timer, stop));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task SampleAsync()
    {
        Dictionary<SiloAddress, SiloStatus> hosts;
        try
        {
            hosts = await _grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(SampleTimeout);
        }
        catch (Exception)
        {
            // Any failure, not only Orleans' own: a silo under memory pressure can time out reading the membership
            // from Redis, and the client then gets a serializer error for the RedisTimeoutException it cannot decode.
            // A missed sample must never end the run it measures.
            return;
        }

        var samples = await Task.WhenAll(hosts.Keys.Select(SampleSiloAsync));
        lock (_reports)
        {
            foreach (var sample in samples.OfType<SiloMemorySample>())
            {
                _reports[sample.Silo] = Fold(_reports.GetValueOrDefault(sample.Silo), sample);
            }
        }
    }

    private async Task<SiloMemorySample?> SampleSiloAsync(SiloAddress silo)
    {
        // The hint travels in the call's request context and places the grain on that silo when it first activates.
        RequestContext.Set(IPlacementDirector.PlacementHintKey, silo);
        try
        {
            return await _grains.GetGrain<ISiloMemoryGrain>(silo.ToParsableString()).SampleAsync().WaitAsync(SampleTimeout);
        }
        catch (Exception)
        {
            // As for the membership above: that silo keeps the figures it gave before.
            return null;
        }
        finally
        {
            RequestContext.Remove(IPlacementDirector.PlacementHintKey);
        }
    }

    private static SiloMemoryReport Fold(SiloMemoryReport? report, SiloMemorySample sample) => report is null
        ? new(sample.Silo, sample.PeakResidentBytes, sample.LiveAfterFullCollectionBytes, sample.HeapAfterCollectionBytes, sample.CommittedBytes, 1)
        : new(sample.Silo, Math.Max(report.PeakResidentBytes, sample.PeakResidentBytes),
            Math.Max(report.LiveAfterFullCollectionBytes, sample.LiveAfterFullCollectionBytes),
            Math.Max(report.HeapAfterCollectionBytes, sample.HeapAfterCollectionBytes),
            Math.Max(report.CommittedBytes, sample.CommittedBytes), report.Samples + 1);
}
