using NetworkSim.Contracts;

namespace NetworkSim.Grains;

/// <summary>
/// A grain of a run (a school, participant or facilitator): counted by <see cref="RunGrains"/> from its activation
/// until Orleans disposes it, which Orleans does once the activation has left its catalog and the grain directory;
/// a run's end waits for that (<see cref="RunGrains.WhenGoneAsync"/>).
/// </summary>
/// <param name="live">The silo's count of each run's activations.</param>
/// <param name="kind">Which kind of the run's grains this is (<see cref="RunGrains.Schools"/>, ...).</param>
internal abstract class RunGrain(RunGrains live, string kind) : Grain, IDisposable
{
    private RunGrains.Presence? _presence;

    /// <summary>The silo's count of each run's activations.</summary>
    protected RunGrains Live { get; } = live;

    /// <summary>The run's id: the one string the run's activations of this kind on this silo share (see <see cref="RunGrains.Track"/>).</summary>
    protected string RunId => _presence!.RunId;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _presence = Live.Track(GrainKeys.Parse(this.GetPrimaryKeyString()).RunId, kind);
        return Task.CompletedTask;
    }

    /// <summary>Called by Orleans once the activation has deactivated: the run's end counts it gone.</summary>
    public void Dispose()
    {
        _presence?.Leave();
        _presence = null;
    }
}
