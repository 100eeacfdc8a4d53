using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Scenarios;

/// <summary>participant_graph.kind: file: a measured network from CSV or GraphML, mapped onto participants school by school.</summary>
public class NetworkFileTests
{
    private const string Yaml = """
        name: measured
        replicates: 1
        ticks: 3
        rules: {kind: threshold, threshold: 0.4}
        network:
          participant_graph: {kind: file, path: ties.csv, nodes: nodes.csv}
        practices:
          - name: norm
            start: {nodes: [b]}
        """;

    private static ImportedNetwork Imported(Scenario scenario) => scenario.Network.ParticipantGraph.Imported!;

    private static (Scenario Scenario, List<ScenarioProblem> Warnings) Load(TempDirectory temp, string ties, string? nodes = null, string yaml = Yaml)
    {
        temp.Write(yaml.Contains("ties.graphml") ? "ties.graphml" : "ties.csv", ties);
        if (nodes is not null)
        {
            temp.Write("nodes.csv", nodes);
        }

        var warnings = new List<ScenarioProblem>();
        return (ScenarioReader.Load(temp.Write("measured.yaml", yaml), warnings: warnings), warnings);
    }

    private static string Problem(string ties, string? nodes = null, string yaml = Yaml)
    {
        using var temp = new TempDirectory();
        var error = Assert.Throws<ScenarioException>(() => Load(temp, ties, nodes, nodes is null && yaml == Yaml ? yaml.Replace(", nodes: nodes.csv", "") : yaml));
        return Assert.Single(error.Problems).ToString();
    }

    [Fact]
    public void A_csv_edge_list_with_a_node_table_numbers_participants_school_by_school_and_keeps_their_ids()
    {
        using var temp = new TempDirectory();
        var (scenario, warnings) = Load(temp, "source,target\na,b\nb,c\nc,d\n", "id,school,role,in_network\na,North,leader,true\nb,South,,false\nc,North,coach,\nd,South,staff,1\n");
        var imported = Imported(scenario);
        Assert.Empty(warnings);
        Assert.Equal(["North", "South"], scenario.Network.Schools);
        Assert.Equal(["a", "c", "b", "d"], imported.Ids);
        Assert.Equal([2, 2], imported.SchoolSizes);
        Assert.Equal([Role.Leader, Role.Coach, Role.Teacher, Role.Staff], imported.Roles);
        Assert.Equal([true, true, false, true], imported.InNetwork);
        // a-b, b-c, c-d as participants 0-2, 1-2, 1-3.
        Assert.Equal(new[] { (0, 2), (1, 2), (1, 3) }, imported.TieA.Zip(imported.TieB));
        Assert.Null(imported.TieTrust);
        Assert.Equal([2], scenario.Practices[0].StartIds);
        Assert.Equal(4, scenario.Network.ParticipantCount);
        Assert.Equal(3, scenario.Network.TeamMembers);
    }

    [Fact]
    public void Nodes_without_a_school_get_one_school_per_connected_group()
    {
        using var temp = new TempDirectory();
        var (scenario, _) = Load(temp, "source,target\na,b\nc,d\nb,e\n", yaml: Yaml.Replace(", nodes: nodes.csv", ""));
        Assert.Equal(["group-1", "group-2"], scenario.Network.Schools);
        Assert.Equal(["a", "b", "e", "c", "d"], Imported(scenario).Ids);
        Assert.Equal("5 node(s) without a school put in one school per connected group (2: group-1 to group-2)", Imported(scenario).SchoolsFrom);
    }

    [Fact]
    public void Nodes_without_a_school_go_to_the_default_school_when_one_is_named()
    {
        using var temp = new TempDirectory();
        var yaml = Yaml.Replace("nodes: nodes.csv}", "nodes: nodes.csv, default_school: Elsewhere}");
        var (scenario, _) = Load(temp, "source,target\na,b\nc,d\n", "id,school\na,North\nb,\nc,\nd,North\n", yaml);
        Assert.Equal(["North", "Elsewhere"], scenario.Network.Schools);
        Assert.Equal(["a", "d", "b", "c"], Imported(scenario).Ids);
    }

    [Fact]
    public void Weights_become_initial_trust_as_a_share_of_the_largest_and_are_noted_as_ignored_by_models_without_trust()
    {
        using var temp = new TempDirectory();
        var (scenario, warnings) = Load(temp, "source,target,weight\na,b,2\nb,c,8\n", yaml: Yaml.Replace(", nodes: nodes.csv", ""));
        Assert.Equal([0.25, 1.0], Imported(scenario).TieTrust!);
        Assert.Equal("ties.csv: weight: weights ignored: rules.kind: threshold has no trust (weights set initial trust in the networked-improvement model only).", Assert.Single(warnings).ToString());
    }

    [Fact]
    public void Weighted_ties_start_the_built_network_with_their_trust_at_both_ends()
    {
        using var temp = new TempDirectory();
        var (scenario, _) = Load(temp, "source,target,weight\na,b,2\nb,c,8\n", yaml: Yaml.Replace(", nodes: nodes.csv", "").Replace("threshold, threshold: 0.4", "networked-improvement"));
        var network = NetworkSim.Model.Network.NetworkBuilder.Build(scenario, 7);
        // Participants a, b, c (one connected group): contacts a: [b]; b: [a, c]; c: [b].
        Assert.Equal([1, 0, 2, 1], network.Contacts);
        Assert.Equal([0.25, 0.25, 1.0, 1.0], network.ContactTrust!);
    }

    [Fact]
    public void A_graphml_file_gives_the_same_network_as_the_csv_it_was_written_from()
    {
        using var temp = new TempDirectory();
        var graphMl = """
            <?xml version="1.0" encoding="utf-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="school" attr.type="string" />
              <key id="d1" for="node" attr.name="role" attr.type="string" />
              <key id="d2" for="edge" attr.name="weight" attr.type="long" />
              <graph edgedefault="undirected">
                <node id="a"><data key="d0">North</data><data key="d1">leader</data></node>
                <node id="b"><data key="d0">South</data></node>
                <node id="c"><data key="d0">North</data></node>
                <edge source="a" target="b"><data key="d2">4</data></edge>
                <edge source="b" target="c"><data key="d2">2</data></edge>
              </graph>
            </graphml>
            """;
        var (scenario, _) = Load(temp, graphMl, yaml: Yaml.Replace("path: ties.csv, nodes: nodes.csv", "path: ties.graphml").Replace("threshold, threshold: 0.4", "networked-improvement"));
        var imported = Imported(scenario);
        Assert.Equal(["North", "South"], scenario.Network.Schools);
        Assert.Equal(["a", "c", "b"], imported.Ids);
        Assert.Equal([Role.Leader, Role.Teacher, Role.Teacher], imported.Roles);
        Assert.Equal(new[] { (0, 2), (1, 2) }, imported.TieA.Zip(imported.TieB));
        Assert.Equal([1.0, 0.5], imported.TieTrust!);
    }

    [Fact]
    public void A_directed_graphml_file_is_symmetrised_when_asked_and_a_tie_back_is_no_duplicate()
    {
        using var temp = new TempDirectory();
        var yaml = Yaml.Replace("path: ties.csv, nodes: nodes.csv", "path: ties.graphml, directed: symmetrise").Replace("start: {nodes: [b]}", "start: {nodes: ['1']}");
        var (scenario, warnings) = Load(temp, DirectedGraphMl, yaml: yaml);
        Assert.Empty(warnings);
        Assert.Equal(2, Imported(scenario).TieCount);
    }

    private const string DirectedGraphMl = """
        <?xml version="1.0" encoding="utf-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <graph edgedefault="directed">
            <node id="1"/><node id="2"/><node id="3"/>
            <edge source="1" target="2"/><edge source="2" target="1"/><edge source="2" target="3"/>
          </graph>
        </graphml>
        """;

    [Fact]
    public void The_school_graph_edge_list_also_reads_graphml_with_school_names_as_node_ids()
    {
        using var temp = new TempDirectory();
        temp.Write("schools.graphml", """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">
              <node id="A"/><node id="B"/><node id="C"/><edge source="A" target="B"/><edge source="C" target="B"/>
            </graph></graphml>
            """);
        var scenario = ScenarioReader.Load(temp.Write("s.yaml", ScenarioYaml.Valid.Replace("structure: complete", "structure: edge-list\n  edge_list: schools.graphml")));
        Assert.Equal([new SchoolTie(0, 1), new SchoolTie(2, 1)], scenario.Network.Edges!);
    }

    [Fact]
    public void Duplicate_ties_are_merged_counted_and_warned_about_with_their_lines()
    {
        using var temp = new TempDirectory();
        var (scenario, warnings) = Load(temp, "source,target\na,b\nb,a\nb,c\na,b\n", "id,school\na,X\nb,X\nc,X\n");
        Assert.Equal(2, Imported(scenario).TieCount);
        Assert.Equal("ties.csv:3: tie: 2 duplicate ties, each merged into its first (whose weight is kept): line 3 repeats line 2, line 5 repeats line 2.", Assert.Single(warnings).ToString());
    }

    [Fact]
    public void An_unknown_node_in_the_edge_list_is_refused_at_its_line() =>
        Assert.Equal("ties.csv:3: tie: node 'z' is not in nodes.csv. Allowed: nodes nodes.csv lists (a, b).", Problem("source,target\na,b\nb,z\n", "id,school\na,X\nb,X\n"));

    [Fact]
    public void A_node_table_row_without_an_id_is_refused_at_its_line() =>
        Assert.Equal("nodes.csv:3: node: ',X' has no id. Allowed: every node named by its id.", Problem("source,target\na,b\n", "id,school\na,X\n,X\nb,X\n"));

    [Fact]
    public void A_graphml_tie_to_an_undeclared_node_is_refused_at_its_line() =>
        Assert.Equal("ties.graphml:3: tie: node 'c' is not in ties.graphml. Allowed: nodes ties.graphml lists (a, b).",
            Problem("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"undirected\">\n<node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"c\"/>\n</graph></graphml>\n",
                yaml: Yaml.Replace("path: ties.csv, nodes: nodes.csv", "path: ties.graphml").Replace("[b]", "[a]")));

    [Fact]
    public void A_self_loop_is_refused_at_its_line() =>
        Assert.Equal("ties.csv:3: tie: 'b' is tied to itself. Allowed: ties between two different nodes (in networkx: g.remove_edges_from(list(nx.selfloop_edges(g)))).",
            Problem("source,target\na,b\nb,b\n"));

    [Fact]
    public void A_directed_graphml_file_is_refused_with_the_reason() =>
        Assert.Equal("ties.graphml:3: graph: the graph is directed (edgedefault=\"directed\"), but NetworkSim's ties are undirected (knowledge and trust flow both ways). " +
            "Allowed: an undirected graph, or participant_graph.directed: symmetrise to tie two nodes when either points to the other.",
            Problem(DirectedGraphMl, yaml: Yaml.Replace("path: ties.csv, nodes: nodes.csv", "path: ties.graphml")));

    [Fact]
    public void A_graphml_file_with_a_document_type_definition_is_refused_in_our_words() =>
        Assert.Equal("ties.graphml:2: holds a document type definition (<!DOCTYPE ...>), which NetworkSim does not read (it could define entities that expand without end). " +
            "Allowed: GraphML without a DOCTYPE, as networkx and networksim write it.",
            Problem("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY a \"aaaa\">]>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"undirected\"><node id=\"a\"/></graph></graphml>\n",
                yaml: Yaml.Replace("path: ties.csv, nodes: nodes.csv", "path: ties.graphml").Replace("[b]", "[a]")));

    [Fact]
    public void A_graphml_file_with_more_nodes_than_allowed_is_refused_while_it_is_read()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("ties.graphml", "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"undirected\">\n<node id=\"a\"/>\n<node id=\"b\"/>\n<node id=\"c\"/>\n<node id=\"d\"/>\n</graph></graphml>\n");
        var problems = new List<ScenarioProblem>();
        Assert.Null(Runner.Scenarios.NetworkFiles.GraphMlNetworkReader.Read(path, "school", false, new Runner.Scenarios.NetworkFiles.NetworkFileLog(problems, []), maxNodes: 3));
        Assert.Equal("ties.graphml:5: node: more than 3 nodes. Allowed: at most 3 participants.", Assert.Single(problems).ToString());
    }

    [Fact]
    public void An_edge_list_without_its_header_is_refused() =>
        Assert.Equal("ties.csv:1: header: '0,1' is not the header. Allowed: a first line naming the columns source,target[,weight] (or a,b[,weight]), then one tie per line.",
            Problem("0,1\n1,2\n"));

    [Theory]
    [InlineData("ties.csv", "", "ties.csv: is empty. Allowed: a header line source,target[,weight], then one tie per line.")]
    [InlineData("ties.csv", "source,target\n", "ties.csv: has no ties: it holds only its header. Allowed: one tie per line, e.g. 0,1.")]
    [InlineData("ties.graphml", "", "ties.graphml: is empty. Allowed: a GraphML file (<graphml><graph edgedefault=\"undirected\">...).")]
    public void An_empty_network_file_is_refused(string file, string text, string message)
    {
        var yaml = file == "ties.csv" ? Yaml.Replace(", nodes: nodes.csv", "") : Yaml.Replace("path: ties.csv, nodes: nodes.csv", "path: ties.graphml");
        Assert.Equal(message, Problem(text, yaml: yaml));
    }

    [Fact]
    public void Schools_and_staff_are_refused_with_a_network_file_since_the_node_table_gives_them() =>
        Assert.Equal("measured.yaml:6: network.staff: is not read with participant_graph.kind: file: schools, their members, roles and teams come from the network file's node table, " +
            "and schools are tied where their participants are. Allowed: leave staff out (see README, \"Your own network\").",
            Problem("source,target\na,b\n", "id,school\na,X\nb,X\n", Yaml.Replace("network:\n", "network:\n  staff: {teacher: 3}\n")));

    [Fact]
    public void A_measured_network_reads_commonality_since_its_schools_have_problems_of_practice_too()
    {
        // It was refused as an unknown key, though the network builder draws each school's problem from it.
        using var temp = new TempDirectory();
        var (scenario, warnings) = Load(temp, "source,target\na,b\n", "id,school\na,X\nb,Y\n", Yaml.Replace("network:\n", "network:\n  commonality: 0.5\n"));
        Assert.Equal(0.5, scenario.Network.Commonality);
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_network_file_too_large_for_the_memory_is_refused_naming_the_file()
    {
        using var temp = new TempDirectory();
        var (scenario, _) = Load(temp, "source,target\na,b\n", "id,school\na,X\nb,X\n");
        var error = Assert.Throws<ScenarioException>(() => ResourceGuard.Check(scenario, "measured.yaml", 1, 100L << 20, strict: false));
        Assert.EndsWith("Allowed: a smaller network than ties.csv.", Assert.Single(error.Problems).ToString());
    }
}
