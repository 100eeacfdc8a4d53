using NetworkSim.Runner.Sensitivity;

namespace NetworkSim.Cli.Tests;

/// <summary><c>networksim sensitivity</c>: one at a time into a results folder (and docs with --docs), Morris and Sobol' over the plausible ranges, bad input.</summary>
public class SensitivityCliTests
{
    private const string Kept = "| `facilitators.count` (design) | 1 → 3 | workshop-demo | **+2.2 [+0.6, +3.8]** | **+33.8 [+31.8, +36.0]** | **-3.4 [-4.3, -2.6]** |";

    [Fact]
    public async Task Without_docs_the_table_is_written_to_a_results_folder_and_docs_model_md_is_left_alone()
    {
        using var temp = new TempDirectory();
        var model = Path.Combine(Cli.RepositoryRoot, "docs", "model.md");
        var before = File.ReadAllText(model);
        var target = Path.Combine(temp.Path, "out");

        var outcome = await Cli.RunAsync("sensitivity", "--lever", "facilitation.brokering", "--replicates", "2", "--out", target);

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Equal(before, File.ReadAllText(model));
        var table = File.ReadAllLines(Path.Combine(target, "sensitivity.md"));
        Assert.Contains("Paired change, high minus low, over 2 replicates with the same seeds;", table[0]);
        Assert.Contains("studentised (bootstrap-t) interval", string.Join("\n", table));
        Assert.Equal(SensitivityAnalysis.Scenarios.Length, table.Count(l => l.StartsWith("| `facilitation.brokering` (design) | 0 → 2 |", StringComparison.Ordinal)));
        var csv = File.ReadAllLines(Path.Combine(target, "sensitivity.csv"));
        Assert.Equal("lever,kind,low,high,scenario,in_network_change,in_network_ci95_low,in_network_ci95_high,back_home_change,back_home_ci95_low,back_home_ci95_high,ticks_to_50_change,ticks_to_50_ci95_low,ticks_to_50_ci95_high,note", csv[0]);
        Assert.Equal(1 + SensitivityAnalysis.Scenarios.Length, csv.Length);
        Assert.Equal($"Wrote the sensitivity table ({SensitivityAnalysis.Scenarios.Length} rows) to {Path.Combine(target, "sensitivity.md")} and sensitivity.csv; docs/model.md is unchanged (--docs updates it).\n", outcome.Output);
    }

    [Fact]
    public async Task A_run_of_one_lever_updates_its_rows_and_keeps_the_other_levers_rows()
    {
        using var temp = new TempDirectory();
        var docs = Path.Combine(temp.Path, "model.md");
        File.WriteAllText(docs, "# Model\n\n" + SensitivityTable.Begin + "\nParagraph over 2 replicates with the same seeds.\n\n| lever |\n| --- |\n" + Kept + "\n" + SensitivityTable.End + "\nafter\n");

        var outcome = await Cli.RunAsync("sensitivity", "--lever", "facilitation.brokering", "--replicates", "2", "--docs", docs, "--out", Path.Combine(temp.Path, "out"));

        Assert.Equal(0, outcome.ExitCode);
        var rows = File.ReadAllLines(docs).Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Kept, rows[0]);
        Assert.Equal(1 + SensitivityAnalysis.Scenarios.Length, rows.Length);
        Assert.All(rows.Skip(1), r => Assert.StartsWith("| `facilitation.brokering` (design) | 0 → 2 |", r, StringComparison.Ordinal));
        Assert.EndsWith("after\n", File.ReadAllText(docs), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--lever", "facilitators.colour", "error: --lever: facilitators.colour is not a lever of the table. Allowed: facilitators.count,")]
    [InlineData("--replicates", "3", "error: --replicates: 3 differs from the 20 replicates of the table in")]
    public async Task A_lever_the_table_does_not_have_or_a_replicate_count_that_would_mix_with_the_tables_is_refused(string option, string value, string expected)
    {
        using var temp = new TempDirectory();
        var docs = Path.Combine(temp.Path, "model.md");
        var before = SensitivityTable.Begin + "\nPaired change, high minus low, over 20 replicates with the same seeds.\n" + Kept + "\n" + SensitivityTable.End + "\n";
        File.WriteAllText(docs, before);
        string[] lever = option == "--lever" ? [] : ["--lever", "facilitators.count"];

        var outcome = await Cli.RunAsync(["sensitivity", "--docs", docs, option, value, .. lever, "--out", Path.Combine(temp.Path, "out")]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith(expected, outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(docs));
    }

    [Fact]
    public async Task Morris_writes_mu_star_and_sigma_per_outcome_and_parameter_with_a_table_and_a_bar_plot_each()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "morris");

        var outcome = await Cli.RunAsync("sensitivity", "--method", "morris", "--samples", "3", "--vary", "trust.growth", "--vary", "back_home.mobilisation", "--out", target, "--quiet");

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var rows = File.ReadAllLines(Path.Combine(target, "morris.csv"));
        Assert.Equal("outcome,parameter,mu,mu_star,mu_star_low,mu_star_high,sigma,effects", rows[0]);
        Assert.Equal(["final_in_network,trust.growth", "final_in_network,back_home.mobilisation", "final_back_home,trust.growth", "final_back_home,back_home.mobilisation",
            "ticks_to_50_in_network,trust.growth", "ticks_to_50_in_network,back_home.mobilisation"], rows.Skip(1).Select(r => string.Join(',', r.Split(',').Take(2))));
        Assert.Equal(3 * 3 + 1, File.ReadAllLines(Path.Combine(target, "runs.csv")).Length);
        foreach (var file in new[] { "morris.md", "morris_final_in_network.png", "morris_final_back_home.png", "morris_ticks_to_50_in_network.png", "sensitivity.json", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(target, file)), file);
        }

        Assert.Matches(@"^final_in_network: mu\* \(points over the range\) ", outcome.Output);
    }

    [Fact]
    public async Task Sobol_indices_are_the_same_whatever_the_parallelism()
    {
        using var temp = new TempDirectory();
        string[] command = ["sensitivity", "--method", "sobol", "--samples", "4", "--vary", "trust.growth", "--vary", "back_home.mobilisation", "--quiet"];

        var one = await Cli.RunAsync([.. command, "--parallel", "1", "--out", Path.Combine(temp.Path, "one")]);
        var two = await Cli.RunAsync([.. command, "--parallel", "2", "--out", Path.Combine(temp.Path, "two")]);

        Assert.True(one.ExitCode == 0 && two.ExitCode == 0, one.Error + two.Error);
        var indices = File.ReadAllLines(Path.Combine(temp.Path, "one", "sobol.csv"));
        Assert.Equal("outcome,parameter,s1,s1_low,s1_high,st,st_low,st_high", indices[0]);
        Assert.Equal(1 + 3 * 2, indices.Length);
        Assert.Equal(File.ReadAllBytes(Path.Combine(temp.Path, "one", "sobol.csv")), File.ReadAllBytes(Path.Combine(temp.Path, "two", "sobol.csv")));
        Assert.Equal(4 * (2 + 2) + 1, File.ReadAllLines(Path.Combine(temp.Path, "one", "runs.csv")).Length);
    }

    [Theory]
    [InlineData("--method sobol --samples 100", "error: --samples: 100 is not a power of two from 2 to 4096. Allowed: 2, 4, 8, ..., 4096 (Sobol' runs N(k + 2) points, k the parameters varied).")]
    [InlineData("--method sobel", "error: --method: 'sobel' is not a method. Did you mean 'sobol'? Allowed: one-at-a-time, morris, sobol.")]
    [InlineData("--method morris --docs", "error: --docs: is for the one-at-a-time table. Allowed: --method morris writes its results folder (--out).")]
    [InlineData("--vary trust.growth", "error: --vary: is for --method morris or sobol. Allowed: one-at-a-time moves the table's levers on the shipped design scenarios, with --replicates, --lever, --out and --docs.")]
    [InlineData("--method morris --vary facilitators.count", "error: --vary: facilitators.count: a design setting, not a behavioural parameter: designs choose it, worlds do not vary it. Allowed: a behavioural parameter as 'networksim params' lists it, e.g. trust.growth.")]
    public async Task A_bad_method_sample_size_or_option_is_one_line_with_exit_code_two(string options, string expected)
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");

        var outcome = await Cli.RunAsync(["sensitivity", .. options.Split(' '), "--out", target]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal([expected, "1 problem; nothing was run."], outcome.Error.TrimEnd().Split(Environment.NewLine));
        Assert.False(Directory.Exists(target));
    }
}
