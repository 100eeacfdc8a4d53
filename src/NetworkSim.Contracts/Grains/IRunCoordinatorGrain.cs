using Orleans.Concurrency;
using NetworkSim.Contracts.Messages;

namespace NetworkSim.Contracts.Grains;

/// <summary>
/// Drives one run (one replicate of a scenario), keyed by its run id. It can be stepped from outside one
/// tick or many at a time, so a CLI, a sweep or a live workshop page can all drive it the same way.
/// Ticks are synchronous: every school reads the state of tick t and writes t + 1, behind one barrier per tick.
/// </summary>
[Alias("NetworkSim.IRunCoordinatorGrain")]
public interface IRunCoordinatorGrain : IGrainWithStringKey
{
    /// <summary>Builds the run's network, activates its grains and returns the metrics of tick 0.</summary>
    [Alias("Initialize")]
    Task<TickBatch> InitializeAsync(RunSetup setup);

    /// <summary>Advances up to <paramref name="ticks"/> ticks (never past the scenario's end) and returns their metrics.</summary>
    [Alias("Step")]
    Task<TickBatch> StepAsync(int ticks);

    [AlwaysInterleave, Alias("GetStatus")]
    Task<RunStatus> GetStatusAsync();

    /// <summary>The run's definition, for silos that host its grains. Interleaves: participants activating during initialisation ask for it.</summary>
    [AlwaysInterleave, Alias("GetSetup")]
    Task<RunSetup> GetSetupAsync();

    /// <summary>
    /// A facilitator's state as the coordinator last received it with its plan, for a facilitator grain activating
    /// mid-run. Interleaves: the activation happens inside the coordinator's own step call.
    /// </summary>
    [AlwaysInterleave, Alias("GetFacilitatorState")]
    Task<FacilitatorSnapshot> GetFacilitatorStateAsync(int facilitator);

    /// <summary>Every participant's public state at the current tick, school by school (for agent-level outputs and live views).</summary>
    [Alias("GetAgents")]
    Task<AgentsSnapshot> GetAgentsAsync();

    /// <summary>Every tie of the run with its current trust, one entry per direction, in participant order.</summary>
    [Alias("GetTies")]
    Task<TieList> GetTiesAsync();

    /// <summary>
    /// Stores a checkpoint of the run at its current tick boundary in grain storage: its own state with every
    /// facilitator's, and every school's (with the batches for the next tick). Once it returns the checkpoint is complete, and
    /// the one before it is no longer needed (the one before that is cleared now).
    /// </summary>
    [Alias("Checkpoint")]
    Task<CheckpointRef> CheckpointAsync();

    /// <summary>
    /// Instead of <see cref="InitializeAsync"/>: builds the run's network and takes every grain's state from a
    /// checkpoint another run id of the same run wrote (a run that lost a silo); returns the metrics at its tick.
    /// </summary>
    [Alias("Restore")]
    Task<TickBatch> RestoreAsync(RunSetup setup, CheckpointRef from);

    /// <summary>
    /// Ends the replicate but keeps its schools' and participants' activations (a lane): every grain lets go of the
    /// replicate's state and model, its checkpoints are cleared, its facilitators (a few a run) are ended, and the next
    /// replicate may be initialised under the same run id (<see cref="InitializeAsync"/>) without activating its schools
    /// and participants again. <see cref="EndAsync"/> ends the lane.
    /// </summary>
    [Alias("Reset")]
    Task ResetAsync();

    /// <summary>
    /// Deactivates every grain of the run (and of the replicates it ran before, after <see cref="ResetAsync"/>) so that
    /// its memory comes back, and clears the checkpoints it holds.
    /// </summary>
    [Alias("End")]
    Task EndAsync();

    /// <summary>Ends a run that a restored run replaced, keeping the checkpoint <paramref name="keep"/> the restored run reads.</summary>
    [Alias("Abandon")]
    Task AbandonAsync(CheckpointRef keep);
}
