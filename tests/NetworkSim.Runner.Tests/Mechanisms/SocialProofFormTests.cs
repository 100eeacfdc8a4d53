using NetworkSim.Model.Engine;
using NetworkSim.Model.Parameters;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using static NetworkSim.Runner.Tests.Mechanisms.ShippedRuns;

namespace NetworkSim.Runner.Tests.Mechanisms;

/// <summary>Mechanism 5's share form is the threshold model: with every other mechanism neutral, it gives its cascade exactly.</summary>
public class SocialProofFormTests
{
    /// <summary>Every mechanism of the networked-improvement model set to its neutral value, leaving only social proof as a share.</summary>
    private static readonly ModelParameters Neutral = new()
    {
        // Equal trust on every tie that never moves: the trust-weighted share is the plain share of neighbours.
        Trust = new TrustParameters { Initial = 1, ColleagueInitial = 1, FailureRate = 0 },
        // Adopting is certain once the share is reached, whatever the support; nothing is given up; nobody leaves.
        Adoption = new AdoptionParameters { Rate = 1, UnsupportedFactor = 1, VisibilityBoost = 0 },
        BackHome = new BackHomeParameters { Discontinuance = 0 },
        Engagement = new EngagementParameters { DropoutHazard = 0 },
    };

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1)]
    public void The_share_form_with_every_other_mechanism_neutral_gives_the_threshold_models_cascade_tick_for_tick_on_a_random_graph(double spread)
    {
        // Watts (2002) on Erdős–Rényi, mean degree 4: 2,000 participants, each adopting once 18 % (within the spread) of its neighbours have.
        var threshold = Load("scenarios/classic/threshold.yaml", "network.schools=20", $"rules.threshold_spread={spread}");
        var improvement = threshold with
        {
            Rules = new RuleSet { SocialProof = SocialProofForm.Share },
            Practices = [threshold.Practices[0] with { Threshold = 0.18, Complexity = 0 }],
            Parameters = Neutral with { Adoption = Neutral.Adoption with { ThresholdSpread = spread } },
            StopWhenUnchangedFor = 0,
        };
        var longest = 0;
        for (var r = 0; r < 6; r++)
        {
            var seed = CounterRandom.ReplicateSeed(threshold.Seed, r);
            var expected = Simulation.Run(threshold, seed).Select(t => t.Total("adopters")).ToArray();
            var actual = Simulation.Run(improvement with { Ticks = expected.Length - 1 }, seed).Select(t => t.Total("adopters")).ToArray();
            Assert.Equal(expected, actual);
            longest = Math.Max(longest, expected.Zip(expected.Skip(1), (a, b) => b != a).Count(changed => changed));
        }

        // Not a trivial agreement: the cascades go on for several ticks, each tick's adopters tipping the next ones.
        Assert.True(longest >= 5, $"the longest cascade changed in {longest} ticks");
    }
}
