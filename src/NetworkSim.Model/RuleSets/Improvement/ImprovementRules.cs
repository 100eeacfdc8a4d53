using NetworkSim.Model.Agents;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.RuleSets.Improvement;

/// <summary>The networked-improvement model (mechanisms 1-8 of docs/model.md); its body is <see cref="ImprovementStep"/>.</summary>
internal sealed class ImprovementRules : IParticipantRules
{
    public RuleKind Kind => RuleKind.NetworkedImprovement;

    public Quantities Holds => Quantities.Knowledge | Quantities.Trust | Quantities.Engagement | Quantities.Support | Quantities.Facilitation;

    public IReadOnlyList<AgentColumn> AgentColumns => [];

    public string EndEvent => "discontinue";

    public ParticipantReport Advance(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, SchoolContext context, ParticipantReport? spare = null) =>
        ImprovementStep.Advance(run, state, contacts, context, spare);

    /// <summary>Every participant may learn, lose trust or engagement at any tick: none is skipped.</summary>
    public bool NeedsStep(RunModel run, PeerState self, ReadOnlySpan<PeerState> contacts, int tick) => true;

}
