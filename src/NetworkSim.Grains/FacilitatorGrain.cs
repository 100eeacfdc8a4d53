using NetworkSim.Contracts;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;

namespace NetworkSim.Grains;

/// <summary>
/// A facilitator's transport: holds its <see cref="FacilitatorState"/> and plans convenings with <see cref="FacilitatorTick"/>.
/// A new activation takes its state at its first plan: from the run before the run's first convening, otherwise
/// (mid-run, after a deactivation, or in a run restored from a checkpoint) from the run's coordinator, which keeps
/// the state every plan returns: it is never rebuilt from the start. News that does not follow the convening its
/// state holds is refused.
/// </summary>
internal sealed class FacilitatorGrain(RunModelCache runs, RunGrains live, GrainCounters counters) : RunGrain(live, RunGrains.Facilitators), IFacilitatorGrain
{
    private FacilitatorState? _state;

    public async Task<FacilitationPlan> PlanAsync(FacilitationInput input)
    {
        counters.FacilitatorCalled();
        var (runId, index) = GrainKeys.Parse(this.GetPrimaryKeyString());
        var run = await runs.GetAsync(runId);
        var news = input.News;
        var state = _state ??= await ResumeAsync(run, runId, index, news);
        if (!FacilitatorTick.Matches(run, state, news))
        {
            throw new InvalidOperationException($"Run '{runId}': facilitator grain '{this.GetPrimaryKeyString()}' holds its state of {FacilitatorTick.Describe(state.Tick)}, " +
                $"but the news of tick {news.Tick} follows {FacilitatorTick.Describe(FacilitatorTick.StateTickBefore(run, news.Tick))}.");
        }

        var ties = FacilitatorTick.Plan(run, state, news);
        return new FacilitationPlan(index, ties, state.Copy());
    }

    public Task EndAsync()
    {
        // Its silo may hold the run model for this facilitator alone: a lane's next run must not find it there.
        runs.Remove(GrainKeys.Parse(this.GetPrimaryKeyString()).RunId);
        _state = null;
        DeactivateAtRunEnd();
        return Task.CompletedTask;
    }

    /// <summary>A new activation's state: the run's own before its first convening, the coordinator's copy after.</summary>
    private async Task<FacilitatorState> ResumeAsync(RunModel run, string runId, int index, FacilitationNews news)
    {
        if (FacilitatorTick.StateTickBefore(run, news.Tick) == FacilitatorTick.BeforeAnyConvening)
        {
            return FacilitatorTick.Initial(run, index);
        }

        var held = await GrainFactory.GetGrain<IRunCoordinatorGrain>(runId).GetFacilitatorStateAsync(index);
        return held.State ?? throw new InvalidOperationException(
            $"Run '{runId}': facilitator grain '{this.GetPrimaryKeyString()}' holds no state for the news of tick {news.Tick}, and the run's coordinator holds none either.");
    }
}
