using NetworkSim.Model.Agents;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.RuleSets;

/// <summary>The networked-improvement model (mechanisms 1-8 of docs/model.md); its body is <see cref="ImprovementStep"/>.</summary>
internal sealed class ImprovementRules : IParticipantRules
{
    public RuleKind Kind => RuleKind.NetworkedImprovement;

    /// <summary>None under <c>rules:</c>: this model reads the <c>parameters:</c> catalogue (<see cref="NetworkSim.Model.Parameters.ModelParameters"/>).</summary>
    public IReadOnlyList<string> Parameters => [];

    public bool BrokersTies => true;

    public IReadOnlyList<AgentColumn> AgentColumns => [];

    public string EndEvent => "discontinue";

    public ParticipantReport Advance(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, SchoolContext context, ParticipantReport? spare = null) =>
        ImprovementStep.Advance(run, state, contacts, context, spare);

    /// <summary>Every participant may learn, lose trust or engagement at any tick: none is skipped.</summary>
    public bool NeedsStep(RunModel run, PeerState self, ReadOnlySpan<PeerState> contacts, int tick) => true;

    public void ApplyBrokeredTies(RunModel run, ParticipantState state, BrokeredTie[] ties)
    {
        foreach (var tie in ties)
        {
            var other = tie.A == state.Index ? tie.B : tie.B == state.Index ? tie.A : -1;
            if (other >= 0)
            {
                state.BrokeredContacts.Add(other);
                state.BrokeredTick.Add(tie.Tick + 1);
                state.Trust.Add(run.Parameters.Facilitation.BrokeredTrust);
            }
        }
    }
}
