using Orleans.Placement;

namespace NetworkSim.OrleansFloor;

/// <summary>Placed as a participant is (beside its hub), counted until Orleans disposes it, as a participant is.</summary>
[PreferLocalPlacement]
internal sealed class LeafGrain : Grain, ILeafGrain, IDisposable
{
    private int _steps;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Live.Arrive();
        return Task.CompletedTask;
    }

    public void Dispose() => Live.Leave();

    public ValueTask<int> StepAsync(int tick) => new(tick + _steps++);

    public Task EndAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
