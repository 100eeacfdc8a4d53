using System.Text;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Scenarios;

/// <summary>Files that are not one valid YAML document in UTF-8: each gets one line naming the file, the line and what is allowed.</summary>
public class BrokenYamlTests
{
    private const string KeysAllowedAtTheTop = "cost, description, facilitators, name, network, parameters, practices, replicates, rules, schedule, seed, stop, ticks";

    private static ScenarioProblem Fails(string yaml) => Fails(Encoding.UTF8.GetBytes(yaml));

    private static ScenarioProblem Fails(byte[] bytes)
    {
        using var temp = new TempDirectory();
        var file = Path.Combine(temp.Path, "bad.yaml");
        File.WriteAllBytes(file, bytes);
        return Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioReader.Load(file)).Problems);
    }

    [Fact]
    public void An_unclosed_bracket_names_the_line_where_the_list_opens()
    {
        var problem = Fails(ScenarioYaml.Valid.Replace("schools: [A, B, C, D]", "schools: [A, B, C, D"));
        Assert.Equal("bad.yaml:6: not valid YAML: this '[' is never closed. Allowed: a list closed on the same line, [a, b], or one '- item' per line.", problem.ToString());
    }

    [Fact]
    public void An_unclosed_brace_names_the_line_where_the_mapping_opens()
    {
        var problem = Fails(ScenarioYaml.Valid.Replace("staff: 1}", "staff: 1"));
        Assert.Equal("bad.yaml:7: not valid YAML: this '{' is never closed. Allowed: a mapping closed on the same line, {a: 1, b: 2}, or one 'key: value' per line.", problem.ToString());
    }

    [Fact]
    public void An_unclosed_brace_on_the_last_line_names_that_line()
    {
        var problem = Fails(ScenarioYaml.Valid.Replace("{growth: 0.1}", "{growth: 0.1"));
        Assert.Equal("bad.yaml:16: not valid YAML: this '{' is never closed. Allowed: a mapping closed on the same line, {a: 1, b: 2}, or one 'key: value' per line.", problem.ToString());
    }

    [Fact]
    public void A_complex_key_is_refused_with_its_line()
    {
        var problem = Fails(ScenarioYaml.Valid + "\n? [a, b]\n: 1\n");
        Assert.Equal($"bad.yaml:17: a key must be a name, not a list. Allowed here: {KeysAllowedAtTheTop}.", problem.ToString());
    }

    [Fact]
    public void A_complex_key_in_a_section_is_refused_with_its_path()
    {
        var problem = Fails(ScenarioYaml.Valid.Replace("structure: complete", "structure: complete\n  ? {a: 1}\n  : 2"));
        Assert.StartsWith("bad.yaml:10: network: a key must be a name, not a mapping. Allowed here: ", problem.ToString());
    }

    [Fact]
    public void A_tab_in_the_indentation_names_the_line_that_holds_it()
    {
        var problem = Fails("name: x\nticks: 3\nnetwork:\n  schools: 3\n\tstaff: 2\n");
        Assert.Equal("bad.yaml:5: not valid YAML: a tab is used for indentation. Allowed: spaces only.", problem.ToString());
    }

    [Fact]
    public void A_tab_far_down_the_file_is_reported_at_its_own_line_not_where_the_mapping_starts()
    {
        var problem = Fails("name: x\nticks: 3\n" + string.Concat(Enumerable.Repeat("# a note\n", 16)) + "schedule:\n\tconvening_every: 4\n");
        Assert.Equal("bad.yaml:20: not valid YAML: a tab is used for indentation. Allowed: spaces only.", problem.ToString());
    }

    [Fact]
    public void A_second_yaml_document_is_refused_with_the_line_where_it_starts()
    {
        var problem = Fails(ScenarioYaml.Valid + "\n---\nticks: -5\n");
        Assert.Equal("bad.yaml:17: a second YAML document starts here. Allowed: one scenario per file (remove the '---' line and what follows, or move it to a file of its own).", problem.ToString());
    }

    [Fact]
    public void A_latin1_file_is_refused_naming_the_byte_and_its_line()
    {
        var yaml = ScenarioYaml.Valid.Replace("name: inquiry", "name: enquête");
        var bytes = Encoding.Latin1.GetBytes(yaml);
        var offset = Array.IndexOf(bytes, (byte)0xEA);
        var problem = Fails(bytes);
        Assert.Equal($"bad.yaml:11: not UTF-8 text: byte 0xEA at offset {offset} (the file looks saved as Latin-1 or Windows-1252). Allowed: UTF-8; save it as UTF-8.", problem.ToString());
    }

    [Fact]
    public void A_utf8_file_with_accents_and_a_byte_order_mark_is_read()
    {
        using var temp = new TempDirectory();
        var file = Path.Combine(temp.Path, "ok.yaml");
        File.WriteAllText(file, ScenarioYaml.Valid.Replace("name: inquiry", "name: enquête"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal("enquête", ScenarioReader.Load(file).Practices[0].Name);
    }

    [Fact]
    public void A_folder_given_as_the_scenario_is_called_a_folder()
    {
        using var temp = new TempDirectory();
        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioReader.Load(temp.Path)).Problems);
        Assert.Equal($"{temp.Path}: is a folder, not a scenario file. Allowed: a .yaml file, e.g. scenarios/workshop-demo.yaml.", problem.ToString());
    }
}
