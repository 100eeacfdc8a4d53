using NetworkSim.Runner.Comparisons;

namespace NetworkSim.Runner.Tests.Comparisons;

public class ComparisonReportTests
{
    [Fact]
    public void The_answer_names_the_design_ahead_the_difference_its_interval_and_the_pairs()
    {
        var sentence = ComparisonReport.Sentence("A", "B", "share of all staff practising at the end",
            new MeanEstimate(0.257, 0.244, 0.271, 20), new MeanEstimate(0.189, 0.184, 0.194, 20), new PairedDifference(-0.068, -0.079, -0.057, 0, 20), share: true);
        Assert.Equal("<strong>A</strong> does better on the share of all staff practising at the end: 25.7 % against 18.9 % " +
            "(difference −6.8 points, 95 % interval −7.9 to −5.7); B came out ahead in 0 of 20 paired simulations.", sentence);
    }

    [Fact]
    public void An_interval_across_zero_says_the_designs_cannot_be_told_apart()
    {
        var sentence = ComparisonReport.Sentence("A", "B", "number of schools institutionalised",
            new MeanEstimate(1, 0.5, 1.5, 10), new MeanEstimate(1.2, 0.7, 1.7, 10), new PairedDifference(0.2, -0.1, 0.5, 0.6, 10), share: false);
        Assert.StartsWith("On the number of schools institutionalised, the two designs cannot be told apart: B 1.2 against A 1 (difference +0.2, 95 % interval −0.1 to +0.5)", sentence);
    }
}
