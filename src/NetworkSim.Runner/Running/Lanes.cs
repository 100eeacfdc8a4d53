using System.Collections.Concurrent;
using NetworkSim.Contracts.Grains;

namespace NetworkSim.Runner.Running;

/// <summary>
/// The lanes of one batch of runs (a scenario's replicates, a sweep's or a comparison's runs): a run takes a free lane
/// or opens a new one, and gives it back once it has reset it (<see cref="Lane"/>); disposing ends every lane given back.
/// As many lanes are open as runs ran at once.
/// </summary>
/// <param name="grains">The cluster's grain factory.</param>
/// <param name="name">What the lanes' run ids start with.</param>
public sealed class Lanes(IGrainFactory grains, string name) : IAsyncDisposable
{
    private readonly ConcurrentBag<Lane> _free = [];
    private int _opened;

    /// <summary>How many lanes runs have opened so far.</summary>
    internal int Opened => Volatile.Read(ref _opened);

    /// <summary>A lane no run is using, closed until the run that takes it resets it.</summary>
    internal Lane Take()
    {
        if (!_free.TryTake(out var lane))
        {
            lane = new Lane($"{name}-lane-{Guid.NewGuid():N}");
            Interlocked.Increment(ref _opened);
        }

        lane.Open = false;
        return lane;
    }

    /// <summary>Gives a lane back for the next run, if its last run reset it; a closed lane was ended.</summary>
    internal void Return(Lane lane)
    {
        if (lane.Open)
        {
            _free.Add(lane);
        }
    }

    /// <summary>Ends every lane given back: their grains of every run they ran are deactivated.</summary>
    public async Task EndAsync()
    {
        var lanes = _free.ToArray();
        _free.Clear();
        await Task.WhenAll(lanes.Select(l => grains.GetGrain<IRunCoordinatorGrain>(l.RunId).EndAsync()));
    }

    /// <summary>
    /// Ends the lanes still given back, quietly: after <see cref="EndAsync"/> there are none; on the way out of a batch
    /// that failed, an error ending them (a silo gone) must not hide the batch's own.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await EndAsync();
        }
        catch (Exception)
        {
            // The lanes' grains that could not be ended go with Orleans' idle collection.
        }
    }
}
