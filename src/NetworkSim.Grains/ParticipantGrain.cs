using NetworkSim.Contracts;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;
using NetworkSim.Model.Agents;
using Orleans.Placement;

namespace NetworkSim.Grains;

/// <summary>
/// Holds one participant's state; its school calls it in each tick where it can change. Activated on its first
/// step, from the same pure tick-0 state its school computed. Placed beside the school that activates it.
/// </summary>
[PreferLocalPlacement]
public sealed class ParticipantGrain(RunModelCache runs) : Grain, IParticipantGrain
{
    private RunModel? _run;
    private ParticipantState? _state;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (runId, index) = GrainKeys.Parse(this.GetPrimaryKeyString());
        _run = await runs.GetAsync(runId);
        _state = InitialState.For(_run, index);
    }

    public Task<ParticipantResult> StepAsync(ParticipantInput input)
    {
        var run = _run!;
        var state = _state!;
        var brokered = state.BrokeredContacts.Count;
        var report = ParticipantStep.Advance(run, state, input.Contacts, input.Context);
        int[]? contacts = state.BrokeredContacts.Count == brokered ? null : [.. ParticipantStep.ContactOrder(run, state)];
        return Task.FromResult(new ParticipantResult(report, contacts));
    }

    public Task<TieList> GetTiesAsync() => Task.FromResult(new TieList([.. ParticipantStep.Ties(_run!, _state!)]));

    public Task EndAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
