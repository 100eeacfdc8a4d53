using NetworkSim.Contracts;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using Orleans.Placement;

namespace NetworkSim.Grains;

/// <summary>
/// Holds one participant's state and steps it (<see cref="ParticipantTick"/>); its school calls it in each tick
/// where it can change. It takes its state with its school's first call to it in a run (a lane's activation too, which
/// an earlier run under the same run id left without state); a new activation mid-run (after a deactivation:
/// collection, a lost silo) takes it from its school, which keeps every participant's latest state: it is never
/// rebuilt from tick 0. A call expecting another state tick than the one it holds is refused.
/// Placed beside the school that activates it.
/// </summary>
[PreferLocalPlacement]
internal sealed class ParticipantGrain(RunModelCache runs, RunGrains live) : RunGrain(live, RunGrains.Participants), IParticipantGrain
{
    private RunModel? _run;
    private ParticipantState? _state;

    /// <remarks>
    /// A handover always wins over a state held: it comes with the school's first call of a replicate, and an
    /// activation that a replicate before left under the same run id (a lane, see <see cref="ResetAsync"/>) must never
    /// step from that replicate's state or model.
    /// </remarks>
    public ValueTask<ParticipantResult> StepAsync(ParticipantInput input) =>
        _state is null || input.Handover is not null ? new(ResumeAndStepAsync(input)) : new(Step(input));

    /// <summary>A replicate's first call (its state comes with it), or a new activation's mid-run (from its school).</summary>
    private async Task<ParticipantResult> ResumeAndStepAsync(ParticipantInput input)
    {
        // The run model is read at the first step, not at activation: a run's cleanup that ends a participant whose
        // activation was lost (a silo out of memory) must not rebuild the model on that silo, nor fail because the run
        // is gone, hiding the first error.
        if (input.Handover is { } handed)
        {
            _run = await runs.GetAsync(RunId);
            _state = handed;
        }
        else
        {
            _run ??= await runs.GetAsync(RunId);
            var (_, index) = GrainKeys.Parse(this.GetPrimaryKeyString());
            var school = GrainFactory.GetGrain<ISchoolGrain>(GrainKeys.School(RunId, _run!.Network.School[index]));
            _state = (await school.GetParticipantStateAsync(index)).State;
        }

        return Step(input);
    }

    private ParticipantResult Step(ParticipantInput input)
    {
        var state = _state!;
        if (!ParticipantTick.Matches(state, input.Call))
        {
            throw new InvalidOperationException($"Run '{RunId}': participant grain '{this.GetPrimaryKeyString()}' holds its state at tick {state.Tick}, but its school expected tick {input.Call.StateTick} (stepping tick {input.Call.Tick}).");
        }

        // In place: the school replaces the state it recorded (on this silo, this very object) with the outcome's.
        var outcome = ParticipantTick.StepInPlace(_run!, state, input.Call);
        _state = outcome.State;
        return new ParticipantResult(outcome);
    }

    public Task ResetAsync()
    {
        // The school's silo lets go of the run model too; this one may hold it for this participant alone.
        _state = null;
        _run = null;
        runs.Remove(RunId);
        return Task.CompletedTask;
    }

    public Task EndAsync()
    {
        // Released now: the activation lingers until Orleans has deactivated it.
        _state = null;
        _run = null;
        DeactivateAtRunEnd();
        return Task.CompletedTask;
    }
}
