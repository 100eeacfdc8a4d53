using System.Text.Json;
using NetworkSim.Runner.Comparisons;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Sweeps;
using NetworkSim.Runner.Worlds;

namespace NetworkSim.Runner.Tests.Worlds;

/// <summary>
/// The analysis of a comparison across worlds on outcomes written by hand into runs.csv (no simulation): a planted
/// region where the usually worse design wins must come back as the sentence's PRIM box.
/// </summary>
public class WorldsAnalysisTests
{
    private static readonly string DesignFile = Path.Combine(RepositoryRoot.Path, "scenarios", "designs", "twelve-diverse-one-facilitator.yaml");

    [Fact]
    public void A_planted_region_where_the_other_design_wins_is_the_answers_box_with_its_coverage_and_density()
    {
        using var temp = new TempDirectory();
        var a = ScenarioReader.Load(DesignFile);
        var designs = new[] { new WorldDesign(DesignFile, a with { Name = "a" }, CostReader.Read(DesignFile)), new WorldDesign(DesignFile, a with { Name = "b" }, CostReader.Read(DesignFile)) };
        WorldParameter[] parameters = [new("trust.growth", 0.04, 0.12, false), new("school.time_away", 0, 1, false), new("exchange.rate", 0.075, 0.225, false)];
        var definition = new WorldsDefinition(designs, parameters, WorldsDefinition.Draw(parameters, 200, 5), [], 5, 1, "test");
        // b reaches 60 % where a reaches 50 %, except where trust grows slowly and time away is costly: there 40 %.
        bool Planted(World w) => w.Values[0] < 0.06 && w.Values[1] > 0.6;
        using (var folder = SweepFolder.Open(Path.Combine(temp.Path, "out"), "fingerprint", false))
        {
            WriteRuns(folder, definition, (w, d) => d == 0 ? 0.5 : Planted(w) ? 0.4 : 0.6);
            var result = WorldsOutputs.Write(definition, "formative-assessment.final_adoption", folder, Provenance.Current("test"), TimeSpan.Zero);

            var planted = definition.Worlds.Count(Planted);
            var pair = Assert.Single(result.Pairs);
            Assert.Equal(("b", "a", 200 - planted, planted), (pair.Usual, pair.Other, pair.UsualBetter, pair.OtherBetter));
            var box = pair.Boxes[0];
            Assert.True(box.Box.Coverage >= 0.9 && box.Box.Density >= 0.9, $"coverage {box.Box.Coverage}, density {box.Box.Density}");
            Assert.Equal(["trust.growth", "school.time_away"], box.Limits.Select(l => l.Key));
            Assert.InRange(box.Limits[0].Below!.Value, 0.058, 0.062);
            Assert.InRange(box.Limits[1].Above!.Value, 0.58, 0.62);
            var answer = WorldsText.Answer(definition, result);
            Assert.True(System.Text.RegularExpressions.Regex.IsMatch(answer, @"^b is better on the share of all staff practising at the end in \d+ % \[\d+, \d+\] of 200 plausible worlds; " +
                @"a is better in \d+ of them, where (0\.04\d* < )?trust\.growth < 0\.0[56]\d* and school\.time_away > 0\.[56]\d*: coverage (9\d|100) %, density (9\d|100) %\.$"), answer);

            // a is best only in the planted worlds and loses 10 points elsewhere; b loses 10 points in the planted ones.
            var (ra, rb) = (result.HeadlineRobustness.Designs[0], result.HeadlineRobustness.Designs[1]);
            Assert.Equal((planted / 200.0, 0.1, 0.1 * (200 - planted) / 200), (ra.BestShare, Math.Round(ra.MaxRegret, 12), Math.Round(ra.MeanRegret, 12)));
            Assert.Equal((1 - planted / 200.0, 0.1, 0.1 * planted / 200), (rb.BestShare, Math.Round(rb.MaxRegret, 12), Math.Round(rb.MeanRegret, 12)));
        }

        var target = Path.Combine(temp.Path, "out");
        Assert.Equal(401, File.ReadAllLines(Path.Combine(target, WorldsTable.FileName)).Length);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(target, WorldsJson.FileName)));
        var headline = json.RootElement.GetProperty("outcomes").EnumerateArray().First(o => o.GetProperty("outcome").GetString() == "formative-assessment.final_adoption");
        Assert.Equal(1, headline.GetProperty("designs").EnumerateArray().Sum(d => d.GetProperty("best_share").GetDouble()), 6);
        foreach (var file in new[] { WorldsPlots.Heatmap, WorldsPlots.Tradeoff, "distribution_final_adoption.png", WorldsOutputs.ReportName })
        {
            Assert.True(File.Exists(Path.Combine(target, file)), file);
        }
    }

    /// <summary>runs.csv as the runner writes it, one replicate per point, final adoption as given and every other outcome 1.</summary>
    private static void WriteRuns(SweepFolder folder, WorldsDefinition definition, Func<World, int, double> share)
    {
        var plan = definition.Plan();
        var lines = new List<string> { RunsCsv.Header(plan.Keys, plan.Outcomes) };
        foreach (var point in plan.Points)
        {
            var (w, d) = (point.Index / 2, point.Index % 2);
            var values = plan.Outcomes.Select(o => (double?)(o.EndsWith(".final_adoption", StringComparison.Ordinal) ? share(definition.Worlds[w], d) : 1)).ToArray();
            lines.Add(RunsCsv.Row(point, 0, 1, values));
        }

        File.WriteAllLines(folder.PathOf(RunsCsv.FileName), lines);
    }
}
