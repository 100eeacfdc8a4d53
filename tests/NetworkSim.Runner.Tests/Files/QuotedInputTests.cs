using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Tests.Scenarios;

namespace NetworkSim.Runner.Tests.Files;

/// <summary>An error message quotes at most 200 characters of the input, on one line, however long or odd the input is.</summary>
public class QuotedInputTests
{
    private const string Measured = "name: m\nnetwork:\n  participant_graph: {kind: file, path: ties.csv}\npractices:\n  - name: p\n";

    private static string Problem(TempDirectory temp, string yaml)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Load(temp.Write("bad.yaml", yaml)));
        return Assert.Single(error.Problems).ToString();
    }

    [Fact]
    public void A_bad_line_of_a_network_file_is_quoted_up_to_200_characters_with_its_length()
    {
        using var temp = new TempDirectory();
        temp.Write("ties.csv", "source,target\na,b\n" + new string('x', 300) + ",y,z\n");
        Assert.Equal($"ties.csv:3: tie: '{new string('x', 200)}…' (304 characters) has 3 field(s) but the header has 2. Allowed: source,target.", Problem(temp, Measured));
    }

    [Fact]
    public void A_10_MB_line_of_a_network_file_is_refused_without_being_echoed()
    {
        using var temp = new TempDirectory();
        var ties = temp.Write("ties.csv", "source,target\na,b\n" + new string('x', 10_000_000) + ",y\n");
        Assert.Equal($"{ties}:3: the line is longer than 1,048,576 characters. Allowed: lines of at most 1,048,576 characters.", Problem(temp, Measured));
    }

    [Fact]
    public void A_long_yaml_value_is_quoted_up_to_200_characters()
    {
        using var temp = new TempDirectory();
        Assert.Equal($"bad.yaml:4: ticks: '{new string('9', 199)}x…' (5,000 characters) is not a whole number. Allowed: a whole number from 1 to 100000.",
            Problem(temp, ScenarioYaml.Valid.Replace("ticks: 10", "ticks: " + new string('9', 199) + new string('x', 4801))));
    }

    [Fact]
    public void A_line_break_in_a_quoted_name_is_shown_as_an_escape_and_the_message_stays_on_one_line()
    {
        using var temp = new TempDirectory();
        Assert.Equal("bad.yaml:12: practices[0].start.schools: 'A\\nB' is not a school of this network. Did you mean 'A'? Allowed: A, B, C, D.",
            Problem(temp, ScenarioYaml.Valid.Replace("start: {schools: [A]}", "start: {schools: [\"A\\nB\"]}")));
    }

    [Fact]
    public void A_list_of_long_node_ids_in_a_message_is_cut_name_by_name()
    {
        using var temp = new TempDirectory();
        var id = new string('n', 1000);
        temp.Write("ties.csv", $"source,target\n{id}1,{id}2\n");
        var problem = Problem(temp, Measured.Replace("- name: p", "- name: p\n    start: {nodes: [zz]}"));
        Assert.Equal($"bad.yaml:6: practices[0].start.nodes: 'zz' is not a node of ties.csv. Allowed: node ids of that file ({new string('n', 200)}… (1,001 characters), {new string('n', 200)}… (1,001 characters)).", problem);
    }
}
