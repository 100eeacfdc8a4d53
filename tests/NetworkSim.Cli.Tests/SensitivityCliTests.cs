using NetworkSim.Runner.Sensitivity;

namespace NetworkSim.Cli.Tests;

/// <summary><c>networksim sensitivity</c>: a run of some levers updates their rows of the table and keeps the rest.</summary>
public class SensitivityCliTests
{
    private const string Kept = "| `facilitators.count` (design) | 1 → 3 | workshop-demo | **+2.2 [+0.6, +3.8]** | **+33.8 [+31.8, +36.0]** | **-3.4 [-4.3, -2.6]** |";

    [Fact]
    public async Task A_run_of_one_lever_updates_its_rows_and_keeps_the_other_levers_rows()
    {
        using var temp = new TempDirectory();
        var docs = Path.Combine(temp.Path, "model.md");
        File.WriteAllText(docs, "# Model\n\n" + SensitivityTable.Begin + "\nParagraph over 2 replicates with the same seeds.\n\n| lever |\n| --- |\n" + Kept + "\n" + SensitivityTable.End + "\nafter\n");

        var outcome = await Cli.RunAsync("sensitivity", "--lever", "facilitation.brokering", "--replicates", "2", "--docs", docs);

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

        var outcome = await Cli.RunAsync(["sensitivity", "--docs", docs, option, value, .. lever]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith(expected, outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(docs));
    }
}
