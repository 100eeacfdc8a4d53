namespace NetworkSim.OrleansFloor;

/// <summary>Announces a tick to its hubs as the run's coordinator announces one to its schools: at most a window of 64 under way.</summary>
internal sealed class DriverGrain : Grain, IDriverGrain, IDisposable
{
    /// <summary>The coordinator's window on one silo (NetworkSim.Grains' CallWindow.PerSilo).</summary>
    private const int Window = 64;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Live.Arrive();
        return Task.CompletedTask;
    }

    public void Dispose() => Live.Leave();

    public async Task<long> TickAsync(int tick, int hubs, int leaves)
    {
        var next = 0;
        long sum = 0;

        async Task Lane()
        {
            while (next < hubs)
            {
                sum += await Hub(next++).StepAsync(tick, leaves);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(Window, hubs)).Select(_ => Lane()));
        return sum;
    }

    public async Task EndAsync(int hubs, int leaves)
    {
        await Task.WhenAll(Enumerable.Range(0, hubs).Select(h => Hub(h).EndAsync(leaves)));
        DeactivateOnIdle();
    }

    private IHubGrain Hub(int hub) => GrainFactory.GetGrain<IHubGrain>(FloorKeys.Hub(this.GetPrimaryKeyString(), hub));
}
