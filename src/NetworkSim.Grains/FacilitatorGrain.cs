using NetworkSim.Contracts;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Engine;

namespace NetworkSim.Grains;

/// <summary>A facilitator's transport: holds its <see cref="FacilitatorState"/> and plans convenings with <see cref="FacilitatorTick"/>.</summary>
public sealed class FacilitatorGrain(RunModelCache runs) : Grain, IFacilitatorGrain
{
    private FacilitatorState? _state;

    public async Task<FacilitationPlan> PlanAsync(FacilitationInput input)
    {
        GrainCounters.FacilitatorCalled();
        var (runId, index) = GrainKeys.Parse(this.GetPrimaryKeyString());
        var run = await runs.GetAsync(runId);
        var state = _state ??= FacilitatorTick.Initial(run, index);
        return new FacilitationPlan(index, FacilitatorTick.Plan(run, state, input.News));
    }

    public Task EndAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
