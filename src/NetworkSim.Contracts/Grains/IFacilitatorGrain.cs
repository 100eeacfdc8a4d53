using NetworkSim.Contracts.Messages;

namespace NetworkSim.Contracts.Grains;

/// <summary>A facilitator weaving the network of the schools it covers. Keyed by <see cref="GrainKeys.Facilitator"/>.</summary>
[Alias("NetworkSim.IFacilitatorGrain")]
public interface IFacilitatorGrain : IGrainWithStringKey
{
    /// <summary>Decides the ties it brokers at a tick (only at convenings).</summary>
    [Alias("Plan")]
    Task<FacilitationPlan> PlanAsync(FacilitationInput input);

    [Alias("End")]
    Task EndAsync();
}
