using NetworkSim.Runner.Comparisons;
using NetworkSim.Runner.Tests.Output;

namespace NetworkSim.Runner.Tests.Comparisons;

/// <summary>What <c>compare</c> prints: a one-sentence answer first, shares as percentages, costs with their currency.</summary>
public class ComparisonTextTests
{
    [Fact]
    public void The_answer_is_one_sentence_that_says_the_designs_tie_on_share_when_the_interval_holds_zero()
    {
        var answer = ComparisonText.Answer("A", "B",
            new MeanEstimate(0.154, 0.150, 0.158, 20), new MeanEstimate(0.150, 0.146, 0.154, 20), new PairedDifference(-0.004, -0.009, 0.001, 0.35, 20),
            new MeanEstimate(33.3, 32.1, 34.4, 20), new MeanEstimate(64.9, 63.0, 66.8, 20), new PairedDifference(31.6, 30.2, 32.9, 1, 20));

        Assert.Equal("B reaches 15.0 % of its staff against 15.4 % for A, 0.4 points fewer (95 % interval -0.9 to +0.1): the designs tie on share; " +
            "B reaches 31.6 more people (64.9 against 33.3).", answer);
    }

    [Fact]
    public void The_answer_names_the_design_ahead_on_share_and_gives_the_cost_per_adopter_in_its_currency()
    {
        var answer = ComparisonText.Answer("A", "B",
            new MeanEstimate(0.189, 0.184, 0.194, 20), new MeanEstimate(0.257, 0.244, 0.271, 20), new PairedDifference(0.068, 0.057, 0.079, 1, 20),
            new MeanEstimate(40, 38, 42, 20), new MeanEstimate(41, 38.5, 43, 20), new PairedDifference(1, -0.5, 2.5, 0.6, 20),
            new CostPer(100_000, 2_500, 2_380.95, 2_631.58), new CostPer(120_000, 2_926.83, 2_790.70, 3_116.88), "EUR");

        Assert.Equal("B reaches 25.7 % of its staff against 18.9 % for A, 6.8 points more (95 % interval +5.7 to +7.9): B does better on share; " +
            "B reaches 1.0 more people (41.0 against 40.0), a tie (95 % interval -0.5 to +2.5); per adopter B costs EUR 2,927 against EUR 2,500 for A.", answer);
    }

    [Fact]
    public void Explain_gives_no_share_of_a_gap_whose_interval_holds_zero_and_says_the_designs_tie()
    {
        // A and B end with 5 or 6 of 10 staff practising, in opposite replicates: their paired gap is 0 +- 1 person.
        // The factor's gain, +10 or +20 points in alternate replicates, has the Student-t interval 15 ± 3.18 × 2.89.
        var a = Design("A", r => r % 2 == 0 ? 5 : 6);
        var b = Design("B", r => r % 2 == 0 ? 6 : 5);
        var factor = Design("B with x as in A", _ => 7);

        var step = Assert.Single(ExplainSteps.Of([a, b], [(new ExplainFactor("x", [new("x", "1")]), factor)]));
        var line = Assert.Single(ComparisonText.Explain([a, b], [step]));

        Assert.Null(step.GapClosed);
        Assert.True(step.DesignsTie);
        Assert.Equal("explain: B with x as in A: final adoption +15.0 points (95 % interval +5.8 to +24.2), no share of the gap: the designs tie", line);
    }

    [Fact]
    public void Explain_gives_the_share_of_a_gap_whose_interval_excludes_zero()
    {
        var a = Design("A", _ => 8);
        var b = Design("B", _ => 4);
        var factor = Design("B with x as in A", _ => 6);

        var step = Assert.Single(ExplainSteps.Of([a, b], [(new ExplainFactor("x", [new("x", "1")]), factor)]));

        Assert.False(step.DesignsTie);
        Assert.Equal("explain: B with x as in A: final adoption +20.0 points (95 % interval +20.0 to +20.0), 50 % of the gap", Assert.Single(ComparisonText.Explain([a, b], [step])));
    }

    private static DesignRuns Design(string name, Func<int, int> finalAdopters)
    {
        var results = FakeResults.Make(4, 2, (r, t) => t == 2 ? finalAdopters(r) : 0);
        return new DesignRuns(name + ".yaml", results.Scenario with { Name = name }, null, results.Replicates);
    }
}
