using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Tests.Output;

/// <summary>
/// CSV injection (OWASP): a text cell a spreadsheet would run as a formula is written with a leading quote by the one
/// CSV writer; numbers are written as they are; NetworkSim's own CSV readers read every escaped cell back unchanged.
/// </summary>
public class CsvInjectionTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("=a,b", "\"'=a,b\"")]
    [InlineData("'=x", "''=x")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("+2", "+2")]
    [InlineData("-1e-5", "-1e-5")]
    [InlineData("'abc", "'abc")]
    [InlineData("a-b", "a-b")]
    [InlineData("p, with comma", "\"p, with comma\"")]
    [InlineData("", "")]
    public void A_text_cell_that_a_spreadsheet_would_run_gets_a_leading_quote_and_a_number_is_left_as_it_is(string text, string cell)
    {
        Assert.Equal(cell, CsvFormat.Text(text));
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("'=x")]
    [InlineData("''+y")]
    [InlineData("'")]
    [InlineData("'abc")]
    [InlineData("-1.5")]
    [InlineData("-x, \"quoted\"")]
    [InlineData("@a\nb")]
    [InlineData("plain")]
    public void Every_escaped_cell_reads_back_unchanged(string text)
    {
        Assert.Equal(["0", text, "1"], CsvFormat.Cells("0," + CsvFormat.Text(text) + ",1"));
    }

    [Fact]
    public void Timeseries_escapes_a_practice_name_that_is_a_formula()
    {
        var results = FakeResults.Make(1, 1);
        results = results with { Scenario = results.Scenario with { Practices = [results.Scenario.Practices[0] with { Name = "=HYPERLINK(\"http://x\")" }] } };
        var row = TimeseriesCsv.Write(results).Split('\n')[1];
        Assert.StartsWith("0,0,\"'=HYPERLINK(\"\"http://x\"\")\",", row);
    }

    [Fact]
    public void A_sweep_row_escapes_a_text_value_and_the_table_reads_it_back_unchanged()
    {
        using var temp = new TempDirectory();
        var header = RunsCsv.Header(["practices[0].name", "network.diversity"], ["@a.adopters"]);
        var row = RunsCsv.Row(new SweepPoint(0, ["=cmd", "-0.5"]), 0, 7, [3]);
        Assert.Equal("point,replicate,seed,practices[0].name,network.diversity,'@a.adopters", header);
        Assert.Equal("0,0,7,'=cmd,-0.5,3", row);
        var table = SweepTable.Read(temp.Write("runs.csv", header + "\n" + row + "\n"), 2);
        Assert.Equal(["=cmd", "-0.5"], table.Values[0]);
        Assert.Equal(["@a.adopters"], table.Outcomes);
    }

    [Fact]
    public void An_imported_network_reads_escaped_node_ids_and_schools_back_unchanged()
    {
        using var temp = new TempDirectory();
        temp.Write("ties.csv", "source,target\n'=a,'+b\n'+b,-3\n");
        temp.Write("nodes.csv", "id,school\n'=a,'@S\n'+b,'@S\n-3,T\n");
        var scenario = ScenarioReader.Load(temp.Write("m.yaml", "name: m\nnetwork:\n  participant_graph: {kind: file, path: ties.csv, nodes: nodes.csv}\npractices:\n  - name: p\n"));
        var imported = scenario.Network.ParticipantGraph.Imported!;
        Assert.Equal(["=a", "+b", "-3"], imported.Ids);
        Assert.Equal(["@S", "T"], imported.SchoolNames);
    }

    [Fact]
    public void A_school_edge_list_reads_escaped_names_back_unchanged()
    {
        using var temp = new TempDirectory();
        temp.Write("edges.csv", "school_a,school_b\n'=A,'+B\n");
        var scenario = ScenarioReader.Load(temp.Write("e.yaml", "name: e\nnetwork:\n  schools: [\"=A\", \"+B\"]\n  structure: edge-list\n  edge_list: edges.csv\npractices:\n  - name: p\n"));
        Assert.Equal([new Model.Scenarios.SchoolTie(0, 1)], scenario.Network.Edges!);
    }
}
