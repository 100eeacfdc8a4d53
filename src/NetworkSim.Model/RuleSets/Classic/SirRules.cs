using NetworkSim.Model.Agents;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.RuleSets.Classic;

/// <summary>SIR (Kermack and McKendrick 1927) on a network: infection beta per infected neighbour, recovery gamma.</summary>
internal sealed class SirRules : ClassicRules
{
    public override RuleKind Kind => RuleKind.Sir;

    public override Quantities Holds => Quantities.Recovery;

    /// <summary><c>S</c>, <c>I</c> or <c>R</c> for each practice.</summary>
    public override IReadOnlyList<AgentColumn> AgentColumns { get; } =
    [
        new("sir_state", Label: (s, p) => s.Practises(p) ? "I" : (s.Recovered & (1UL << p)) != 0 ? "R" : "S"),
    ];

    public override string EndEvent => "recover";

    /// <summary>The infected may recover; a susceptible only with an infected contact.</summary>
    public override bool NeedsStep(RunModel run, PeerState self, ReadOnlySpan<PeerState> contacts, int tick)
    {
        if (self.Practising != 0)
        {
            return true;
        }

        var open = Open(run, self);
        foreach (var peer in contacts)
        {
            if ((peer.Practising & open) != 0)
            {
                return true;
            }
        }

        return false;
    }

    protected override bool GivesUp(RunModel run, int i, int k, int t) =>
        CounterRandom.Uniform(run.Seed, Purpose.Recovery, i, k, t) < run.Rules.Gamma;

    protected override bool TakesUp(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, SchoolContext context, int k, int adopters) =>
        Transmitted(run.Seed, state.Index, k, context.Tick, contacts, fresh: false, run.Rules.Beta);
}
