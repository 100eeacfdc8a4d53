using NetworkSim.Contracts.Grains;

namespace NetworkSim.Runner.Running;

/// <summary>
/// A run id that runs (a scenario's replicates, a sweep's runs) take one after another, keeping its schools' and
/// participants' activations from one run to the next (<see cref="IRunCoordinatorGrain.ResetAsync"/>): a further run
/// then pays for its model's start, not for activating its grains again. Only without recovery (an embedded silo, a
/// cluster without checkpoints): a restored run continues under another run id.
/// </summary>
/// <param name="runId">The lane's run id.</param>
internal sealed class Lane(string runId)
{
    public string RunId { get; } = runId;

    /// <summary>
    /// Whether the next run may take the lane: false while a run is in it (<see cref="Lanes.Take"/>), true again once
    /// that run has completed and reset it. A lane left closed was ended.
    /// </summary>
    public bool Open { get; set; }

    /// <summary>Resets the lane's run after a run that completed, which opens the lane again; if the reset fails, ends the run.</summary>
    public async Task ResetAsync(IRunCoordinatorGrain run)
    {
        try
        {
            await run.ResetAsync();
            Open = true;
        }
        catch
        {
            // Quietly: the reset's error is the one to report.
            _ = run.EndAsync().ContinueWith(t => t.Exception, TaskScheduler.Default);
            throw;
        }
    }
}
