using System.Collections.Concurrent;
using NetworkSim.Contracts.Grains;

namespace NetworkSim.Runner.Running;

/// <summary>
/// The lanes of one batch of runs (a scenario's replicates, a sweep's or a comparison's runs). A lane is a run id that
/// runs take one after another, keeping its schools' and participants' activations from one run to the next
/// (<see cref="IRunCoordinatorGrain.ResetAsync"/>): a further run then pays for its model's start, not for activating
/// its grains again. A run takes a free lane or opens a new one, and the lane is free again once the run has completed
/// and reset it (<see cref="ResetAsync"/>); a lane whose run failed is ended instead. As many lanes are open as runs ran
/// at once. Only for runs without checkpoints (an embedded silo, a cluster with <c>--checkpoint-every 0</c>): a
/// restored run continues under another run id.
/// </summary>
/// <param name="grains">The cluster's grain factory.</param>
/// <param name="name">What the lanes' run ids start with.</param>
public sealed class Lanes(IGrainFactory grains, string name) : IAsyncDisposable
{
    private readonly ConcurrentBag<string> _free = [];
    private int _opened;

    /// <summary>How many lanes runs have opened so far.</summary>
    internal int Opened => Volatile.Read(ref _opened);

    /// <summary>The run id of a lane no run is using.</summary>
    internal string Take()
    {
        if (_free.TryTake(out var lane))
        {
            return lane;
        }

        Interlocked.Increment(ref _opened);
        return $"{name}-lane-{Guid.NewGuid():N}";
    }

    /// <summary>Resets the lane's run after a run that completed and frees the lane; if the reset fails, ends the run.</summary>
    internal async Task ResetAsync(string lane)
    {
        var run = grains.GetGrain<IRunCoordinatorGrain>(lane);
        try
        {
            await run.ResetAsync();
        }
        catch
        {
            // Quietly: the reset's error is the one to report.
            _ = run.EndAsync().ContinueWith(t => t.Exception, TaskScheduler.Default);
            throw;
        }

        _free.Add(lane);
    }

    /// <summary>Ends every free lane: their grains of every run they ran are deactivated.</summary>
    public async Task EndAsync()
    {
        var lanes = _free.ToArray();
        _free.Clear();
        await Task.WhenAll(lanes.Select(l => grains.GetGrain<IRunCoordinatorGrain>(l).EndAsync()));
    }

    /// <summary>
    /// Ends the lanes still free, quietly: after <see cref="EndAsync"/> there are none; on the way out of a batch that
    /// failed, an error ending them (a silo gone) must not hide the batch's own.
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
