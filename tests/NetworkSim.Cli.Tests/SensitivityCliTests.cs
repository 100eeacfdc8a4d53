using NetworkSim.Runner.Sensitivity;

namespace NetworkSim.Cli.Tests;

/// <summary>
/// <c>networksim sensitivity</c>: the table goes to a results folder; a document (docs/model.md) changes only with
/// <c>--docs</c>, where a run of some levers updates their rows of the table and keeps the rest.
/// </summary>
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

        var outcome = await Cli.RunAsync(["sensitivity", "--docs", docs, "--out", Path.Combine(temp.Path, "out"), option, value, .. lever]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith(expected, outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(docs));
    }
}
