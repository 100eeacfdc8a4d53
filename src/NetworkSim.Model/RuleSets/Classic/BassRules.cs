using NetworkSim.Model.Agents;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.RuleSets.Classic;

/// <summary>Bass (1969): adopt with probability p + q x (adopters / N), mean field.</summary>
internal sealed class BassRules : ClassicRules
{
    public override RuleKind Kind => RuleKind.Bass;


    /// <summary>Anyone who has not adopted may adopt by innovation alone.</summary>
    public override bool NeedsStep(RunModel run, PeerState self, ReadOnlySpan<PeerState> contacts, int tick) => Open(run, self) != 0;

    protected override bool TakesUp(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, SchoolContext context, int k, int adopters) =>
        CounterRandom.Uniform(run.Seed, Purpose.Adoption, state.Index, k, context.Tick) < BassRule.Probability(run.Rules.P, run.Rules.Q, context.Network.AdoptionFraction[k]);
}
