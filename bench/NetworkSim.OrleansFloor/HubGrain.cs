using Orleans.Placement;

namespace NetworkSim.OrleansFloor;

/// <summary>Calls its leaves as a school calls its participants: references made once, every call under way, then each awaited.</summary>
[RandomPlacement]
internal sealed class HubGrain : Grain, IHubGrain, IDisposable
{
    private ILeafGrain[] _leaves = [];
    private ValueTask<int>[] _calls = [];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Live.Arrive();
        return Task.CompletedTask;
    }

    public void Dispose() => Live.Leave();

    public async Task<int> StepAsync(int tick, int leaves)
    {
        if (_leaves.Length != leaves)
        {
            var hub = this.GetPrimaryKeyString();
            _leaves = Enumerable.Range(0, leaves).Select(l => GrainFactory.GetGrain<ILeafGrain>(FloorKeys.Leaf(hub, l))).ToArray();
            _calls = new ValueTask<int>[leaves];
        }

        for (var l = 0; l < leaves; l++)
        {
            _calls[l] = _leaves[l].StepAsync(tick);
        }

        var sum = 0;
        for (var l = 0; l < leaves; l++)
        {
            sum += await _calls[l];
        }

        return sum;
    }

    public async Task EndAsync(int leaves)
    {
        var hub = this.GetPrimaryKeyString();
        await Task.WhenAll(Enumerable.Range(0, leaves).Select(l => GrainFactory.GetGrain<ILeafGrain>(FloorKeys.Leaf(hub, l)).EndAsync()));
        DeactivateOnIdle();
    }
}
