using NetworkSim.Model.Agents;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.RuleSets.Classic;

/// <summary>Granovetter (1978) / Watts (2002): adopt when enough neighbours have adopted.</summary>
internal sealed class ThresholdRules : ClassicRules
{
    public override RuleKind Kind => RuleKind.Threshold;


    /// <summary>
    /// Without noise, only a new adopter among its contacts can tip a non-adopter. At tick 0 every practising contact is
    /// an initial adopter and so fresh: with none fresh it has no adopting contact, and steps only when its own threshold
    /// is met by none (a threshold at or below 0). Reads the tick only at tick 0, as <see cref="IParticipantRules.NeedsStep"/> allows.
    /// </summary>
    public override bool NeedsStep(RunModel run, PeerState self, ReadOnlySpan<PeerState> contacts, int tick)
    {
        var open = Open(run, self);
        if (run.Rules.Noise != 0 || open == 0)
        {
            return open != 0;
        }

        return AnyFresh(contacts, open) || (tick == 0 && AdoptsWithNone(run, self.Index, open, contacts.Length));
    }

    private static bool AdoptsWithNone(RunModel run, int i, ulong open, int degree)
    {
        var rules = run.Rules;
        for (var k = 0; k < run.PracticeCount; k++)
        {
            if ((open & (1UL << k)) != 0 && ThresholdRule.Adopts(0, degree,
                ThresholdRule.ThresholdOf(rules.Threshold, rules.ThresholdSpread, CounterRandom.Uniform(run.Seed, Purpose.Threshold, i, k)), rules.ThresholdCount))
            {
                return true;
            }
        }

        return false;
    }

    protected override bool TakesUp(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, SchoolContext context, int k, int adopters)
    {
        var rules = run.Rules;
        return Noise(run, state.Index, k, context.Tick) || ThresholdRule.Adopts(adopters, contacts.Length,
            ThresholdRule.ThresholdOf(rules.Threshold, rules.ThresholdSpread, CounterRandom.Uniform(run.Seed, Purpose.Threshold, state.Index, k)), rules.ThresholdCount);
    }
}
