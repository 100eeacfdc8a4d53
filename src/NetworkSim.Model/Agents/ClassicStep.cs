using NetworkSim.Model.Randomness;
using NetworkSim.Model.Rules.Classic;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Agents;

/// <summary>
/// One participant's tick under a textbook diffusion model: Bass, threshold, independent cascade, SIR or bounded
/// confidence. Same state, same grains and same protocol as the networked-improvement model, so those models
/// check the engine itself.
/// </summary>
public static class ClassicStep
{
    public static ParticipantReport Advance(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, SchoolContext context)
    {
        var rules = run.Rules;
        var seed = run.Seed;
        var i = state.Index;
        var t = context.Tick;
        var events = new List<AdoptionEvent>();
        if (rules.Kind == RuleKind.BoundedConfidence)
        {
            var shift = 0.0;
            foreach (var peer in contacts)
            {
                if (CounterRandom.PairUniform(seed, Purpose.Interaction, i, peer.Index, t) < rules.Meet)
                {
                    shift += BoundedConfidenceRule.Shift(state.Opinion, peer.Opinion, rules.Confidence, rules.Convergence);
                }
            }

            state.Opinion = Math.Clamp(state.Opinion + shift, 0, 1);
        }

        for (var k = 0; k < run.PracticeCount; k++)
        {
            var bit = 1UL << k;
            int adopters = 0, fresh = 0;
            foreach (var peer in contacts)
            {
                adopters += (peer.Practising & bit) != 0 ? 1 : 0;
                fresh += (peer.Fresh & bit) != 0 ? 1 : 0;
            }

            if ((state.Practising & bit) != 0)
            {
                if (rules.Kind == RuleKind.Sir && CounterRandom.Uniform(seed, Purpose.Recovery, i, k, t) < rules.Gamma)
                {
                    events.Add(new AdoptionEvent(t + 1, i, k, false, adopters));
                }

                continue;
            }

            if ((state.Recovered & bit) != 0)
            {
                continue;
            }

            var noise = rules.Noise > 0 && CounterRandom.Uniform(seed, Purpose.Noise, i, k, t) < rules.Noise;
            var adopts = rules.Kind switch
            {
                RuleKind.Bass => CounterRandom.Uniform(seed, Purpose.Adoption, i, k, t) < BassRule.Probability(rules.P, rules.Q, context.Network.AdoptionFraction[k]),
                RuleKind.Threshold => noise || ThresholdRule.Adopts(adopters, contacts.Length,
                    ThresholdRule.ThresholdOf(rules.Threshold, rules.ThresholdSpread, CounterRandom.Uniform(seed, Purpose.Threshold, i, k)), rules.ThresholdCount),
                RuleKind.IndependentCascade => noise || Transmitted(seed, i, k, t, contacts, bit, fresh: true, rules.Transmissibility),
                RuleKind.Sir => Transmitted(seed, i, k, t, contacts, bit, fresh: false, rules.Beta),
                _ => false,
            };
            if (adopts)
            {
                events.Add(new AdoptionEvent(t + 1, i, k, true, adopters));
            }
        }

        foreach (var e in events)
        {
            var bit = 1UL << e.Practice;
            if (e.Adopted)
            {
                state.Practising |= bit;
                state.AdoptedTick[e.Practice] = e.Tick;
            }
            else
            {
                state.Practising &= ~bit;
                state.Recovered |= bit;
            }
        }

        return ParticipantStep.Report(run, state, t + 1, [.. events], droppedNow: false);
    }

    /// <summary>Whether any contagious contact transmits: each by its own draw keyed by (contact, participant, tick, practice).</summary>
    private static bool Transmitted(ulong seed, int i, int k, int t, ReadOnlySpan<PeerState> contacts, ulong bit, bool fresh, double probability)
    {
        foreach (var peer in contacts)
        {
            var contagious = fresh ? (peer.Fresh & bit) != 0 : (peer.Practising & bit) != 0;
            if (contagious && CounterRandom.Uniform(seed, Purpose.Transmission, peer.Index, i, (long)t * 64 + k) < probability)
            {
                return true;
            }
        }

        return false;
    }
}
