using NetworkSim.Model.Agents;
using NetworkSim.Model.Randomness;

namespace NetworkSim.Model.Rules;

/// <summary>
/// Mechanism 4a: a facilitator weaves the network by introducing members of its schools to members of other
/// schools who are not yet tied to them, choosing among a few candidates the one whose expertise complements most.
/// </summary>
public static class BrokeringRule
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
        var expected = p.Brokering * run.Scenario.Facilitators.ProcessLevel;
        var count = (int)expected + (CounterRandom.Uniform(run.Seed, Purpose.Brokering, facilitator, -1, tick) < expected - (int)expected ? 1 : 0);
        if (covered.Count == 0 || everyone.Count < 2)
        {
            return result;
        }

        var network = run.Network;
        var candidates = (int)p.BrokerCandidates;
        for (var k = 0; k < count; k++)
        {
            var a = covered[CounterRandom.Below(covered.Count, run.Seed, Purpose.Brokering, facilitator, k * 1024L, tick)];
            int best = -1;
            var bestDistance = -1.0;
            for (var c = 0; c < candidates; c++)
            {
                var b = everyone[CounterRandom.Below(everyone.Count, run.Seed, Purpose.Brokering, facilitator, k * 1024L + 1 + c, tick)];
                if (network.School[a] == network.School[b] || tied(a, b) || result.Any(t => Same(t, a, b)))
                {
                    continue;
                }

                var distance = network.Distance(a, b);
                if (distance > bestDistance)
                {
                    (best, bestDistance) = (b, distance);
                }
            }

            if (best >= 0)
            {
                result.Add(new BrokeredTie(Math.Min(a, best), Math.Max(a, best), tick));
            }
        }

        return result;
    }

    private static bool Same(BrokeredTie t, int a, int b) => (t.A == a && t.B == b) || (t.A == b && t.B == a);
}
