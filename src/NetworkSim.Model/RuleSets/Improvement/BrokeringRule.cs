using NetworkSim.Model.Agents;
using NetworkSim.Model.Randomness;

namespace NetworkSim.Model.RuleSets.Improvement;

/// <summary>
/// Mechanism 4a: a facilitator weaves the network by introducing members of its schools to members of other
/// schools who are not yet tied to them, "drawing attention to their shared interests" (001:L25): among a few
/// candidates it prefers one whose school works on the same problem of practice, then the most complementary
/// expertise that trust can still bridge (distance below 1 / diversity_drag), then the least distant beyond it.
/// Its time is its capacity: it brokers <c>brokering x process</c> ties per school it serves at full time.
/// </summary>
internal static class BrokeringRule
{
    /// <param name="run">The run.</param>
    /// <param name="facilitator">The facilitator's index (part of its draws' key).</param>
    /// <param name="tick">The convening tick.</param>
    /// <param name="covered">Active network members of the facilitator's schools, ascending.</param>
    /// <param name="everyone">Active network members of the whole network, ascending.</param>
    /// <param name="tied">Whether two participants are tied already.</param>
    public static List<BrokeredTie> Choose(RunModel run, int facilitator, int tick, IReadOnlyList<int> covered, IReadOnlyList<int> everyone, Func<int, int, bool> tied)
    {
        var result = new List<BrokeredTie>();
        var p = run.Parameters.Facilitation;
        var network = run.Network;
        var time = 0.0;
        for (var s = 0; s < network.SchoolCount; s++)
        {
            time += network.Facilitator[s] == facilitator ? network.FacilitationShare[s] : 0;
        }

        var spec = run.Scenario.Facilitators;
        var expected = spec.FundedAt(tick) ? p.Brokering * spec.Process * time : 0;
        var count = (int)expected + (CounterRandom.Uniform(run.Seed, Purpose.Brokering, facilitator, -1, tick) < expected - (int)expected ? 1 : 0);
        if (covered.Count == 0 || everyone.Count < 2)
        {
            return result;
        }

        var candidates = (int)p.BrokerCandidates;
        var drag = run.Parameters.Trust.DiversityDrag;
        var reach = drag > 0 ? 1 / drag : double.PositiveInfinity;
        for (var k = 0; k < count; k++)
        {
            var a = covered[CounterRandom.Below(covered.Count, run.Seed, Purpose.Brokering, facilitator, k * 1024L, tick)];
            int best = -1;
            var bestScore = double.NegativeInfinity;
            for (var c = 0; c < candidates; c++)
            {
                var b = everyone[CounterRandom.Below(everyone.Count, run.Seed, Purpose.Brokering, facilitator, k * 1024L + 1 + c, tick)];
                if (network.School[a] == network.School[b] || tied(a, b) || result.Any(t => Same(t, a, b)))
                {
                    continue;
                }

                var score = Score(network.SharesProblem(a, b), network.Distance(a, b), reach);
                if (score > bestScore)
                {
                    (best, bestScore) = (b, score);
                }
            }

            if (best >= 0)
            {
                result.Add(new BrokeredTie(Math.Min(a, best), Math.Max(a, best), tick));
            }
        }

        return result;
    }

    /// <summary>Shared problem first (2 to 3), then complementary but bridgeable (distance below reach), then the nearest of the rest.</summary>
    public static double Score(bool sharedProblem, double distance, double reach) =>
        (sharedProblem ? 2 : 0) + (distance < reach ? distance : -distance);

    private static bool Same(BrokeredTie t, int a, int b) => (t.A == a && t.B == b) || (t.A == b && t.B == a);
}
