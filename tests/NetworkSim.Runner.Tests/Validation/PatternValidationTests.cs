using NetworkSim.Runner.Output;
using NetworkSim.Runner.Validation.Patterns;

namespace NetworkSim.Runner.Tests.Validation;

/// <summary>
/// <c>networksim validate --patterns --quick</c>: every pattern the sources state holds on the shipped scenarios with the
/// model's defaults (40 paired replicates, 95 % intervals), and the report holds its data, a plot per pattern and the page.
/// The full run (each assumption at both ends of its plausible range) is <c>networksim validate --patterns</c>.
/// </summary>
public class PatternValidationTests
{
    [Fact]
    public void Every_pattern_the_sources_state_holds_with_the_models_defaults_and_the_report_shows_each()
    {
        var results = new PatternValidation(RepositoryRoot.Path, PatternValidation.DefaultReplicates, Environment.ProcessorCount).Run(PatternValidation.Worlds(quick: true));
        Assert.Equal(PatternCatalog.All.Length, results.Count);
        Assert.All(results, r => Assert.True(r.Holds, $"{r.Pattern.Title}: " + string.Join("; ", r.Estimates.Where(e => !e.Holds).Select(e => $"{e.Statistic} {e.Mean:0.###} [{e.Low:0.###}, {e.High:0.###}]"))));
        Assert.True(PatternReport.Passed(results));

        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "patterns");
        PatternReport.Write(results, PatternValidation.DefaultReplicates, ResultsFolder.Begin(target, overwrite: false), Provenance.Current("test"));
        Assert.All(PatternCatalog.All, p => Assert.True(File.Exists(Path.Combine(target, $"pattern-{p.Id}.png")), p.Id));
        var csv = File.ReadAllLines(Path.Combine(target, "patterns.csv"));
        Assert.Equal(1 + results.Sum(r => r.Estimates.Count), csv.Length);
        Assert.Contains("000:L54", File.ReadAllText(Path.Combine(target, "report.html")));
    }

    [Fact]
    public void The_full_check_moves_each_assumption_to_both_ends_of_its_plausible_range_one_at_a_time()
    {
        var worlds = PatternValidation.Worlds(quick: false);
        Assert.Equal(PatternWorld.Defaults, worlds[0]);
        Assert.Contains(worlds, w => w.Sets.SequenceEqual(["parameters.school.time_away=0"]));
        Assert.Contains(worlds, w => w.Sets.SequenceEqual(["parameters.trust.diversity_drag=2"]));
        Assert.All(worlds.Skip(1), w => Assert.Single(w.Sets));
        Assert.DoesNotContain(worlds, w => w.Parameter == "exchange.rate");
    }
}
