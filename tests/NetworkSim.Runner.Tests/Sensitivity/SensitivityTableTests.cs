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
    public void A_paired_run_of_one_lever_moves_the_outcome_it_acts_on()
    {
        var path = Path.Combine(NetworkSim.Tests.Shared.RepositoryRoot.Path, "scenarios", "workshop-demo.yaml");
        var row = SensitivityAnalysis.One(path, new Lever("facilitators.count", "1", "4", true), replicates: 6, parallelism: 2);
        Assert.Equal("workshop-demo", row.Scenario);
        Assert.True(row.BackHome.Mean > 0, $"back home {row.BackHome}");
    }
}
