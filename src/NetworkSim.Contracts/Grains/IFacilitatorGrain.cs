using NetworkSim.Contracts.Messages;

namespace NetworkSim.Contracts.Grains;

/// <summary>A facilitator weaving the network of the schools it covers. Keyed by <see cref="GrainKeys.Facilitator"/>.</summary>
[Alias("NetworkSim.IFacilitatorGrain")]
public interface IFacilitatorGrain : IGrainWithStringKey
{
    /// <summary>Decides the ties it brokers at a tick (only at convenings).</summary>
    [Alias("Plan")]
    Task<FacilitationPlan> PlanAsync(FacilitationInput input);

    /// <summary>Stores its piece of checkpoint <paramref name="write"/>; clears the pieces it holds other than it and <paramref name="keep"/>.</summary>
    [Alias("Checkpoint")]
    Task CheckpointAsync(CheckpointRef write, CheckpointRef? keep);

    /// <summary>Takes what it knows from its piece of a checkpoint.</summary>
    [Alias("Restore")]
    Task RestoreAsync(CheckpointRef from);

    /// <summary>Deactivates it and clears the checkpoint pieces it holds, except <paramref name="keep"/> (which a restored run reads).</summary>
    [Alias("End")]
    Task EndAsync(CheckpointRef? keep);
}
