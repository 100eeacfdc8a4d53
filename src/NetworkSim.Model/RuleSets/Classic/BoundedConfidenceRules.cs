using NetworkSim.Model.Agents;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.RuleSets.Classic;

/// <summary>Deffuant–Weisbuch bounded confidence (2000): opinions that are close enough converge; nobody adopts.</summary>
internal sealed class BoundedConfidenceRules : ClassicRules
{
    public override RuleKind Kind => RuleKind.BoundedConfidence;

    public override Quantities Holds => Quantities.Opinion;

    public override IReadOnlyList<AgentColumn> AgentColumns { get; } = [new("opinion", Number: (s, _) => s.Opinion)];

    protected override void Interact(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, int t)
    {
        var rules = run.Rules;
        var shift = 0.0;
        foreach (var peer in contacts)
        {
            if (CounterRandom.PairUniform(run.Seed, Purpose.Interaction, state.Index, peer.Index, t) < rules.Meet)
            {
                shift += BoundedConfidenceRule.Shift(state.Opinion, peer.Opinion, rules.Confidence, rules.Convergence);
            }
        }

        state.Opinion = Math.Clamp(state.Opinion + shift, 0, 1);
    }

    protected override bool TakesUp(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, SchoolContext context, int k, int adopters) => false;
}
