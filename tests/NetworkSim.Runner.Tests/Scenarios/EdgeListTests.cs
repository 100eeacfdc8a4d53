using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Scenarios;

/// <summary>network.structure: edge-list: a CSV of school pairs that must hold at least one tie; repeated ties are warned about.</summary>
public class EdgeListTests
{
    private static readonly string EdgeListYaml = ScenarioYaml.Valid.Replace("structure: complete", "structure: edge-list\n  edge_list: edges.csv");

    [Theory]
    [InlineData("")]
    [InlineData("school_a,school_b\n")]
    [InlineData("school_a,school_b\n# no ties yet\n\n")]
    public void An_edge_list_without_ties_is_refused(string csv)
    {
        using var temp = new TempDirectory();
        temp.Write("edges.csv", csv);
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Load(temp.Write("bad.yaml", EdgeListYaml)));
        Assert.Equal("bad.yaml:10: network.edge_list: edges.csv has no ties: it is empty or holds only its header. Allowed: one pair of schools per line, e.g. A,B.", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void Duplicate_ties_are_counted_once_and_warned_about_with_their_lines()
    {
        using var temp = new TempDirectory();
        temp.Write("edges.csv", "school_a,school_b\nA,B\nB,C\nB,A\nA,B\nC,B\n");
        var warnings = new List<ScenarioProblem>();
        var scenario = ScenarioReader.Load(temp.Write("ok.yaml", EdgeListYaml), warnings: warnings);
        Assert.Equal(2, scenario.Network.Edges!.Count);
        Assert.Equal("edges.csv:4: edge: 3 duplicate ties, each counted once: line 4 repeats line 2, line 5 repeats line 2, line 6 repeats line 3.", Assert.Single(warnings).ToString());
    }

    [Fact]
    public void An_edge_list_without_duplicates_gives_no_warning()
    {
        using var temp = new TempDirectory();
        temp.Write("edges.csv", "school_a,school_b\nA,B\nB,C\n");
        var warnings = new List<ScenarioProblem>();
        ScenarioReader.Load(temp.Write("ok.yaml", EdgeListYaml), warnings: warnings);
        Assert.Empty(warnings);
    }
}
