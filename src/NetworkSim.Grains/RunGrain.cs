using NetworkSim.Contracts;

namespace NetworkSim.Grains;

/// <summary>
/// A grain of a run (a school, participant or facilitator): counted by <see cref="RunGrains"/> from its activation
/// until Orleans has deactivated it (<see cref="DeactivateAtRunEnd"/>); a run's end waits for that
/// (<see cref="RunGrains.WhenGoneAsync"/>).
/// </summary>
/// <param name="live">The silo's count of each run's activations.</param>
/// <param name="kind">Which kind of the run's grains this is (<see cref="RunGrains.Schools"/>, ...).</param>
internal abstract class RunGrain(RunGrains live, string kind) : Grain, IDisposable
{
    private RunGrains.Presence? _presence;
    private bool _leavesWhenDeactivated;

    /// <summary>The silo's count of each run's activations.</summary>
    protected RunGrains Live { get; } = live;

    /// <summary>The run's id: the one string the run's activations of this kind on this silo share (see <see cref="RunGrains.Track"/>).</summary>
    protected string RunId => _presence!.RunId;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _presence = Live.Track(GrainKeys.Parse(this.GetPrimaryKeyString()).RunId, kind);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Ends the activation after this call, as a run's end asks: the run's count keeps it until Orleans has finished
    /// deactivating it (<see cref="IGrainContext.Deactivated"/>), which is after Orleans has removed it from its catalog.
    /// Orleans disposes the grain before that, so a count that left at <see cref="Dispose"/> let a run's end return
    /// while the activation was still in the catalog, for up to 0.7 s on a loaded machine (docs/performance.md,
    /// Round 17). Orleans makes the task on demand (Round 9: about 680 bytes), so only an activation being ended asks.
    /// </summary>
    protected void DeactivateAtRunEnd()
    {
        DeactivateOnIdle();
        if (_presence is { } presence && !_leavesWhenDeactivated)
        {
            _leavesWhenDeactivated = true;
            GrainContext.Deactivated.ContinueWith(static (_, left) => ((RunGrains.Presence)left!).Leave(), presence,
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>
    /// Called by Orleans while the activation deactivates: the count of an activation that deactivated for another reason
    /// than a run's end (a lost silo, the silo stopping) leaves here.
    /// </summary>
    public void Dispose()
    {
        if (!_leavesWhenDeactivated)
        {
            _presence?.Leave();
        }

        _presence = null;
    }
}
