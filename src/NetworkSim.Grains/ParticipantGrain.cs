using NetworkSim.Contracts;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Agents;
using Orleans.Placement;

namespace NetworkSim.Grains;

/// <summary>Holds one participant's state; its school calls it once per tick. Placed beside the school that activates it.</summary>
[PreferLocalPlacement]
public sealed class ParticipantGrain(RunModelCache runs) : Grain, IParticipantGrain
{
    private RunModel? _run;
    private ParticipantState? _state;

    public async Task<ParticipantResult> InitializeAsync()
    {
        var (runId, index) = GrainKeys.Parse(this.GetPrimaryKeyString());
        _run = await runs.GetAsync(runId);
        _state = InitialState.For(_run, index);
        var report = ParticipantStep.Report(_run, _state, [], droppedNow: false);
        return new ParticipantResult(report, [.. ParticipantStep.ContactOrder(_run, _state)]);
    }

    public Task<ParticipantResult> StepAsync(ParticipantInput input)
    {
        var run = _run ?? throw new InvalidOperationException("The participant was stepped before it was initialised.");
        var state = _state!;
        var brokered = state.BrokeredContacts.Count;
        var report = ParticipantStep.Advance(run, state, input.Contacts, input.Context);
        int[]? contacts = state.BrokeredContacts.Count == brokered ? null : [.. ParticipantStep.ContactOrder(run, state)];
        return Task.FromResult(new ParticipantResult(report, contacts));
    }

    public Task EndAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
