using System.Text.Json;

namespace NetworkSim.Cli.Tests;

/// <summary>`networksim compare --worlds`: designs across plausible worlds, end to end on small runs.</summary>
public class CompareWorldsCliTests
{
    private static readonly string A = Cli.DesignA;
    private static readonly string B = Cli.DesignB;

    [Fact]
    public async Task A_design_compared_with_a_copy_of_itself_is_best_in_half_the_worlds_with_no_regret()
    {
        using var temp = new TempDirectory();
        var copy = temp.Write("copy.yaml", File.ReadAllText(A).Replace("name: twelve-diverse-one-facilitator", "name: the-same-again", StringComparison.Ordinal));
        var target = Path.Combine(temp.Path, "out");

        var outcome = await Cli.RunAsync("compare", A, copy, "--worlds", "6", "--replicates", "2", "--ticks", "4", "--out", target, "--quiet");

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.StartsWith("answer: twelve-diverse-one-facilitator and the-same-again tie on the share of all staff practising at the end in every one of 6 plausible worlds.\n", outcome.Output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(target, "robustness.json")));
        var outcomes = json.RootElement.GetProperty("outcomes").EnumerateArray().Where(o => o.GetProperty("designs").ValueKind == JsonValueKind.Array).ToArray();
        Assert.Equal(7, outcomes.Length);
        foreach (var design in outcomes.SelectMany(o => o.GetProperty("designs").EnumerateArray()))
        {
            Assert.Equal((0.5, 0.0, 0.0), (design.GetProperty("best_share").GetDouble(), design.GetProperty("max_regret").GetDouble(), design.GetProperty("mean_regret").GetDouble()));
        }

        // Every world's two rows hold the same values: the same seeds, the same worlds, the same design.
        var rows = File.ReadAllLines(Path.Combine(target, "worlds.csv")).Skip(1).Select(r => r.Split(',')).ToArray();
        Assert.Equal(12, rows.Length);
        Assert.All(rows.Chunk(2), pair => Assert.Equal(pair[0].Skip(2), pair[1].Skip(2)));
        // world, design, every behavioural parameter, then seven outcomes (cost per adopter too: both designs are priced).
        var behavioural = NetworkSim.Model.Parameters.ParameterCatalog.All.Count(p => !p.Declaration.Design);
        Assert.Equal(2 + behavioural + 7, File.ReadLines(Path.Combine(target, "worlds.csv")).First().Split(',').Length);
    }

    [Fact]
    public async Task A_comparison_across_worlds_killed_mid_way_and_resumed_ends_with_the_same_worlds_csv()
    {
        using var temp = new TempDirectory();
        var alone = Path.Combine(temp.Path, "alone");
        var resumed = Path.Combine(temp.Path, "resumed");
        // Half a year a run, not 8 weeks: runs of a few milliseconds could all be written between the fourth row being
        // seen and the kill landing (as happened to the sweep's twin of this test).
        string[] command = ["compare", A, B, "--worlds", "8", "--vary", "trust.growth", "--vary", "school.time_away", "--replicates", "3", "--ticks", "26"];
        var uninterrupted = await Cli.RunAsync([.. command, "--out", alone, "--parallel", "2", "--quiet"]);
        Assert.True(uninterrupted.ExitCode == 0, uninterrupted.Error);

        Assert.InRange(await Cli.KillAfterRowsAsync(Path.Combine(resumed, "runs.csv"), 4, [.. command, "--out", resumed, "--parallel", "1"]), 4, 47);
        Assert.False(File.Exists(Path.Combine(resumed, "worlds.csv")));
        var resume = await Cli.RunAsync([.. command, "--out", resumed, "--parallel", "2"]);
        Assert.True(resume.ExitCode == 0, resume.Error);
        Assert.Contains("already done", resume.Error);
        foreach (var file in new[] { "runs.csv", "worlds.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(alone, file)), File.ReadAllBytes(Path.Combine(resumed, file)));
        }

        // Common random numbers: replicate r has one seed in every world and design.
        var rows = File.ReadAllLines(Path.Combine(alone, "runs.csv")).Skip(1).Select(r => r.Split(',')).ToArray();
        Assert.Equal(8 * 2 * 3, rows.Length);
        Assert.All(rows.GroupBy(r => r[1]), g => Assert.Single(g.Select(r => r[2]).Distinct()));
        foreach (var file in new[] { "robustness.json", "report.html", "difference_heatmap.png", "distribution_final_adoption.png" })
        {
            Assert.True(File.Exists(Path.Combine(alone, file)), file);
        }
    }

    [Fact]
    public async Task Given_worlds_from_a_file_are_the_worlds_compared()
    {
        using var temp = new TempDirectory();
        var worlds = temp.Write("posterior-worlds.csv", "world,trust.growth,school.time_away\n7,0.05,0.2\n8,0.1,0.9\n");
        var target = Path.Combine(temp.Path, "out");

        var outcome = await Cli.RunAsync("compare", A, B, "--worlds-file", worlds, "--replicates", "1", "--ticks", "4", "--out", target, "--quiet");

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var lines = File.ReadAllLines(Path.Combine(target, "worlds.csv"));
        Assert.StartsWith("world,design,trust.growth,school.time_away,formative-assessment.final_adoption,", lines[0]);
        Assert.Equal(["7,twelve-diverse-one-facilitator,0.05,0.2", "7,twenty-four-similar-two-facilitators,0.05,0.2", "8,twelve-diverse-one-facilitator,0.1,0.9", "8,twenty-four-similar-two-facilitators,0.1,0.9"],
            lines.Skip(1).Select(l => string.Join(',', l.Split(',').Take(4))));
        Assert.Contains("the 2 worlds of posterior-worlds.csv", File.ReadAllText(Path.Combine(target, "robustness.json")));
    }

    [Theory]
    [InlineData("--worlds 0", "error: --worlds: 0 is out of range. Allowed: a whole number of worlds from 1 to 10,000 (every design runs in every world, with every replicate).")]
    [InlineData("--worlds 10001", "error: --worlds: 10001 is out of range. Allowed: a whole number of worlds from 1 to 10,000 (every design runs in every world, with every replicate).")]
    [InlineData("--worlds 20 --vary facilitators.count", "error: --vary: facilitators.count: a design setting, not a behavioural parameter: designs choose it, worlds do not vary it. Allowed: a behavioural parameter as 'networksim params' lists it, e.g. trust.growth.")]
    [InlineData("--worlds 20 --vary parameters.facilitation.brokering", "error: --vary: parameters.facilitation.brokering: a design lever, not a behavioural parameter: designs choose it, worlds do not vary it. Allowed: a behavioural parameter as 'networksim params' lists it, e.g. trust.growth.")]
    [InlineData("--worlds 20 --vary trust.speed", "error: --vary: trust.speed: not a model parameter. Allowed: a behavioural parameter as 'networksim params' lists it, e.g. trust.growth.")]
    [InlineData("--worlds 20 --vary trust.growth=0.5:1.4", "error: --vary: trust.growth: 1.4 is out of range. Allowed: 0 to 1 (plausible: 0.04 to 0.12).")]
    [InlineData("--worlds 20 --set parameters.trust.growth=0.1", "error: --set: parameters.trust.growth: is set by every world. Allowed: --fix KEY=VALUE to hold it at one value in every world, or leave it to the worlds.")]
    [InlineData("--vary trust.growth", "error: --vary: compares designs across worlds, but no worlds were asked for. Allowed: with --worlds N or --worlds-file F.")]
    public async Task Bad_input_is_one_line_naming_the_key_with_exit_code_two_and_nothing_run(string options, string expected)
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");

        var outcome = await Cli.RunAsync(["compare", A, B, .. options.Split(' '), "--out", target]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal([expected, "1 problem; nothing was run."], outcome.Error.TrimEnd().Split(Environment.NewLine));
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public async Task Designs_that_differ_in_a_behavioural_parameter_are_refused_naming_the_file_and_key()
    {
        using var temp = new TempDirectory();
        var faster = temp.Write("faster.yaml", File.ReadAllText(B) + "parameters:\n  trust: {growth: 0.1}\n");
        var target = Path.Combine(temp.Path, "out");

        var outcome = await Cli.RunAsync("compare", A, faster, "--worlds", "20", "--out", target);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(["error: faster.yaml: parameters.trust.growth: 0.1, while twelve-diverse-one-facilitator.yaml has 0.08. Allowed: the same behavioural parameters and practices in every design (worlds vary them); " +
            "designs may differ in their name, network, team, facilitation, schedule, practices' start and cost.", "1 problem; nothing was run."], outcome.Error.TrimEnd().Split(Environment.NewLine));
        Assert.False(Directory.Exists(target));
    }
}
