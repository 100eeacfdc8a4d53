using System.Text.Json;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;

namespace NetworkSim.Runner.Tests.Output;

public class SummaryStatisticsTests
{
    private static readonly string Method = NetworkSim.Model.Metrics.Statistics.BootstrapMethod;

    // Ten replicates; at the last tick (3) nine have all 10 participants practising and one has 9: in the network
    // 2 of 2 everywhere, back home 8 of 8 or 7 of 8. A t interval reaches 101.3 % for all participants and 101.6 % back home.
    private static ScenarioResults NearlyEveryone() =>
        FakeResults.Make(replicates: 10, ticks: 3, (r, t) => t < 3 ? 3 * t : r == 0 ? 9 : 10);

    [Fact]
    public void Intervals_of_shares_stay_inside_0_and_1_and_name_their_method()
    {
        var practice = Assert.Single(ResultsSummary.Practices(NearlyEveryone()));
        foreach (var interval in new[] { practice.FinalAdoption, practice.FinalInNetwork, practice.FinalBackHome })
        {
            Assert.InRange(interval.Ci95Low, 0, interval.Mean);
            Assert.InRange(interval.Ci95High, interval.Mean, 1);
            Assert.Equal(Method, interval.Ci95Method);
        }

        Assert.Equal(0.99, practice.FinalAdoption.Mean, 12);
        Assert.Equal(1, practice.FinalAdoption.Ci95High);
        // Every replicate has both members practising: the interval is that single value.
        Assert.Equal((1.0, 1.0), (practice.FinalInNetwork.Ci95Low, practice.FinalInNetwork.Ci95High));
    }

    [Fact]
    public void Summary_json_names_the_interval_method_and_whether_adoption_was_still_rising()
    {
        var results = NearlyEveryone();
        var json = JsonDocument.Parse(SummaryJson.Write(results, Provenance.Current("test"), ResultsSummary.Practices(results), ["a"], 1)).RootElement;
        var practice = json.GetProperty("practices")[0];
        Assert.Equal(Method, practice.GetProperty("final_adoption").GetProperty("ci95_method").GetString());
        Assert.True(practice.GetProperty("final_back_home").GetProperty("ci95_high").GetDouble() <= 1);
        var end = practice.GetProperty("at_end");
        Assert.True(end.GetProperty("still_rising").GetBoolean());
        // From 6 of 10 at tick 2 to 9.9 of 10 on average at tick 3.
        Assert.Equal(0.39, end.GetProperty("rise").GetDouble(), 12);
        Assert.Equal(1, end.GetProperty("over_ticks").GetInt32());
    }

    [Fact]
    public void Adoption_that_rose_over_the_last_tenth_of_the_ticks_is_still_rising()
    {
        // 20 ticks: the last 10 % are ticks 18 to 20. Replicate 0 goes from 9 to 10 of 10, replicate 1 stays at 10.
        var results = FakeResults.Make(replicates: 2, ticks: 20, (r, t) => r == 0 ? Math.Min(10, t / 2) : Math.Min(10, t));
        var end = Assert.Single(ResultsSummary.Practices(results)).AtEnd;
        Assert.Equal(new EndTrend(true, 0.05, 2), end with { Rise = Math.Round(end.Rise, 12) });
        Assert.Equal("still rising at the end: +5.0 points over the last 2 ticks; run longer for the level it settles at", end.Describe());
    }

    [Fact]
    public void Adoption_that_levelled_off_or_rose_by_one_point_at_most_is_not_still_rising()
    {
        var flat = FakeResults.Make(replicates: 2, ticks: 20, (r, t) => Math.Min(10, t));
        Assert.Equal(new EndTrend(false, 0, 2), Assert.Single(ResultsSummary.Practices(flat)).AtEnd);
        // One replicate of ten gains one adopter of its 10 at the last tick: a mean rise of 1 point, not more.
        var slow = FakeResults.Make(replicates: 10, ticks: 20, (r, t) => r == 0 && t == 20 ? 6 : 5);
        var end = Assert.Single(ResultsSummary.Practices(slow)).AtEnd;
        Assert.Equal(0.01, end.Rise, 12);
        Assert.False(end.StillRising);
    }

    [Fact]
    public void The_report_names_the_interval_and_says_when_adoption_was_still_rising()
    {
        var results = NearlyEveryone();
        var html = ReportHtml.Write(results, Provenance.Current("test"), ResultsSummary.Practices(results), Plots.Names);
        Assert.Contains("95 % CI: " + Method + "; it stays inside 0–100 %.", html);
        Assert.Contains("<p class=\"warn\"><strong>p, with comma: still rising at the end: +39.0 points over the last 1 ticks; run longer for the level it settles at</strong></p>", html);
        Assert.True(html.IndexOf("still rising at the end", StringComparison.Ordinal) < html.IndexOf("<img src=\"adoption.png\"", StringComparison.Ordinal), "the note sits above the adoption plot");
        Assert.Contains("<td>99.0 % (", html);
        Assert.DoesNotContain("100.", html.Replace("100.0 %", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var settled = FakeResults.Make(replicates: 2, ticks: 20, (r, t) => Math.Min(10, t));
        Assert.DoesNotContain("still rising", ReportHtml.Write(settled, Provenance.Current("test"), ResultsSummary.Practices(settled), Plots.Names));
    }
}
