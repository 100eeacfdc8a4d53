using NetworkSim.Contracts.Messages;

namespace NetworkSim.Contracts.Grains;

/// <summary>
/// A facilitator weaving the network of the schools it covers. Keyed by <see cref="GrainKeys.Facilitator"/>. Its run's
/// coordinator keeps what it knows after every convening (<see cref="FacilitationPlan.State"/>), in checkpoints too,
/// so a facilitator deactivated mid-run (or of a run restored from a checkpoint) takes it back from there.
/// </summary>
[Alias("NetworkSim.IFacilitatorGrain")]
public interface IFacilitatorGrain : IGrainWithStringKey
{
    /// <summary>Decides the ties it brokers at a tick (only at convenings).</summary>
    [Alias("Plan")]
    Task<FacilitationPlan> PlanAsync(FacilitationInput input);

    /// <summary>Deactivates it.</summary>
    [Alias("End")]
    Task EndAsync();
}
