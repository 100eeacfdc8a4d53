using Orleans.Concurrency;
using NetworkSim.Contracts.Messages;

namespace NetworkSim.Contracts.Grains;

/// <summary>
/// A school in a run: hosts its staff's participant grains, routes their contacts' public states and batches
/// the states of those with contacts elsewhere to each linked school once per tick. Keyed by <see cref="GrainKeys.School"/>.
/// </summary>
[Alias("NetworkSim.ISchoolGrain")]
public interface ISchoolGrain : IGrainWithStringKey
{
    /// <summary>Computes its participants' tick-0 states (without activating them), keeps them and returns its tally.</summary>
    [Alias("Initialize")]
    Task<SchoolResult> InitializeAsync();

    /// <summary>
    /// Reads the states linked schools sent it for this tick (with the announcement), advances the participants that can
    /// change from t to t + 1, updates support and returns its tally and the batches of its changed states for linked schools.
    /// </summary>
    [Alias("Step")]
    Task<SchoolResult> StepAsync(NetworkTickMessage tick);

    /// <summary>
    /// A participant's full state as the school last recorded it, for a participant grain activating mid-run (after
    /// it was deactivated: collection, a lost silo); a first activation gets its state with the school's first call
    /// instead. Interleaves: the activation happens inside the school's own step call.
    /// </summary>
    [AlwaysInterleave, Alias("GetParticipantState")]
    Task<ParticipantSnapshot> GetParticipantStateAsync(int participant);

    /// <summary>Its participants' public states, adoption ticks, support and institutionalised practices at the run's tick <paramref name="tick"/> (a school not called at the quiet ticks before catches up first).</summary>
    [Alias("GetAgents")]
    Task<SchoolAgents> GetAgentsAsync(int tick);

    /// <summary>Its participants' ties with their current trust.</summary>
    [Alias("GetTies")]
    Task<TieList> GetTiesAsync();

    /// <summary>Stores its piece of checkpoint <paramref name="write"/>; clears the pieces it holds other than it and <paramref name="keep"/>.</summary>
    [Alias("Checkpoint")]
    Task CheckpointAsync(CheckpointRef write, CheckpointRef? keep);

    /// <summary>Instead of <see cref="InitializeAsync"/>: takes its state and next tick's batches from its piece of a checkpoint.</summary>
    [Alias("Restore")]
    Task RestoreAsync(CheckpointRef from);

    /// <summary>
    /// Ends the replicate, keeping the activation and those of its participants for the next replicate of the run id:
    /// the participants it called let go of their states, and it of its own, its run model and its checkpoint pieces.
    /// </summary>
    [Alias("Reset")]
    Task ResetAsync();

    /// <summary>
    /// Deactivates it and every participant it called in any replicate of the run id, and clears the checkpoint pieces
    /// it holds, except <paramref name="keep"/> (which a restored run reads).
    /// </summary>
    [Alias("End")]
    Task EndAsync(CheckpointRef? keep);
}
