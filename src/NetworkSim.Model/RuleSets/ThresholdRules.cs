using NetworkSim.Model.Agents;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Rules.Classic;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.RuleSets;

/// <summary>Granovetter (1978) / Watts (2002): adopt when enough neighbours have adopted.</summary>
public sealed class ThresholdRules : ClassicRules
{
    public override RuleKind Kind => RuleKind.Threshold;

    public override IReadOnlyList<string> Parameters => ["threshold", "threshold_count", "threshold_spread", "noise"];

    /// <summary>Without noise, only a new adopter among its contacts (or the first tick) can tip a non-adopter.</summary>
    public override bool NeedsStep(RunModel run, PeerState self, ReadOnlySpan<PeerState> contacts, int tick)
    {
        var open = Open(run, self);
        return run.Rules.Noise == 0 ? open != 0 && (tick == 0 || AnyFresh(contacts, open)) : open != 0;
    }

    protected override bool TakesUp(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, SchoolContext context, int k, int adopters)
    {
        var rules = run.Rules;
        return Noise(run, state.Index, k, context.Tick) || ThresholdRule.Adopts(adopters, contacts.Length,
            ThresholdRule.ThresholdOf(rules.Threshold, rules.ThresholdSpread, CounterRandom.Uniform(run.Seed, Purpose.Threshold, state.Index, k)), rules.ThresholdCount);
    }
}
