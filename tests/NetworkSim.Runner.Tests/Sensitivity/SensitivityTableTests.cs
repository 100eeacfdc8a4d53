using NetworkSim.Runner.Sensitivity;

namespace NetworkSim.Runner.Tests.Sensitivity;

public class SensitivityTableTests
{
    [Fact]
    public void The_table_replaces_only_what_lies_between_its_markers()
    {
        var document = $"before\n{SensitivityTable.Begin}\nold table\n{SensitivityTable.End}\nafter\n";
        Assert.Equal($"before\n{SensitivityTable.Begin}\nnew\n{SensitivityTable.End}\nafter\n", SensitivityTable.Replace(document, "new\n"));
    }

    [Fact]
    public void A_change_whose_interval_excludes_zero_is_bold_and_a_lever_that_cannot_act_says_why()
    {
        var lever = new Lever("facilitators.count", "1", "3", true);
        var rows = new[]
        {
            new SensitivityRow(lever, "demo", new Effect(0.05, 0.02, 0.08), new Effect(0.01, -0.01, 0.03), new Effect(-2, -3, -1)),
            new SensitivityRow(lever with { Key = "parameters.facilitation.brokering" }, "demo", Effect.None, Effect.None, Effect.None, "has no effect: no room."),
        };
        var table = SensitivityTable.Markdown(rows, 20).Split('\n');
        Assert.Contains("| `facilitators.count` (design) | 1 → 3 | demo | **+5.0 [+2.0, +8.0]** | +1.0 [-1.0, +3.0] | **-2.0 [-3.0, -1.0]** |", table);
        Assert.Contains("| `facilitation.brokering` (design) | 1 → 3 | demo | — | — | has no effect: no room. |", table);
        Assert.True(rows[0].Moves);
        Assert.False(rows[1].Moves);
    }

    [Fact]
    public void Updating_the_rows_of_one_lever_keeps_every_other_row_and_puts_them_in_the_levers_order()
    {
        var count = new Lever("facilitators.count", "1", "3", true);
        var early = new Lever("facilitators.until", "13", "0", true, "ends at tick 13 → never");
        var late = new Lever("facilitators.until", "26", "0", true, "ends at tick 26 → never");
        var moved = new Effect(0.05, 0.02, 0.08);
        var still = new Effect(0, -0.01, 0.01);
        var document = "intro\n" + SensitivityTable.Replace("", SensitivityTable.Markdown(
            [new SensitivityRow(count, "a", still, still, still), new SensitivityRow(count, "b", still, still, still), new SensitivityRow(late, "a", still, still, still)], 20)) + "outro\n";

        var updated = SensitivityTable.Update(document, [new SensitivityRow(early, "a", moved, moved, moved), new SensitivityRow(late, "a", moved, still, still)], 20, [count, early, late], ["a", "b"]);

        var rows = updated.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToArray();
        Assert.Equal(
        [
            "| `facilitators.count` (design) | 1 → 3 | a | 0.0 [-1.0, +1.0] | 0.0 [-1.0, +1.0] | 0.0 [0.0, 0.0] |",
            "| `facilitators.count` (design) | 1 → 3 | b | 0.0 [-1.0, +1.0] | 0.0 [-1.0, +1.0] | 0.0 [0.0, 0.0] |",
            "| `facilitators.until` (design) | ends at tick 13 → never | a | **+5.0 [+2.0, +8.0]** | **+5.0 [+2.0, +8.0]** | **+0.1 [0.0, +0.1]** |",
            "| `facilitators.until` (design) | ends at tick 26 → never | a | **+5.0 [+2.0, +8.0]** | 0.0 [-1.0, +1.0] | 0.0 [0.0, 0.0] |",
        ], rows);
        Assert.StartsWith("intro\n", updated, StringComparison.Ordinal);
        Assert.Equal(20, SensitivityTable.PreviousReplicates(updated));
    }

    [Fact]
    public void The_table_in_docs_model_md_has_a_row_for_every_lever_on_every_scenario()
    {
        var document = File.ReadAllText(Path.Combine(NetworkSim.Tests.Shared.RepositoryRoot.Path, "docs", "model.md"));
        var rows = document[document.IndexOf(SensitivityTable.Begin, StringComparison.Ordinal)..document.IndexOf(SensitivityTable.End, StringComparison.Ordinal)]
            .Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToArray();
        var expected = SensitivityAnalysis.Levers.SelectMany(l => SensitivityAnalysis.Scenarios.Select(s =>
            $"| `{l.Key.Replace("parameters.", "", StringComparison.Ordinal)}` ({(l.Design ? "design" : "behaviour")}) | {l.Change} | {Path.GetFileNameWithoutExtension(s)} |")).ToArray();
        Assert.Equal(expected, rows.Select(r => r[..(expected.First(e => r.StartsWith(e, StringComparison.Ordinal)).Length)]).ToArray());
    }

    [Fact]
    public void A_paired_run_of_one_lever_moves_the_outcome_it_acts_on()
    {
        var path = Path.Combine(NetworkSim.Tests.Shared.RepositoryRoot.Path, "scenarios", "workshop-demo.yaml");
        var row = SensitivityAnalysis.One(path, new Lever("facilitators.count", "1", "4", true), replicates: 6, parallelism: 2);
        Assert.Equal("workshop-demo", row.Scenario);
        Assert.True(row.BackHome.Mean > 0, $"back home {row.BackHome}");
    }
}
