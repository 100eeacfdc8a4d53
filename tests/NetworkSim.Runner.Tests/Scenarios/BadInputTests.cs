using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Scenarios;

/// <summary>One test per class of bad input: each names the file, the field, the line where YAML gives one, and what is allowed.</summary>
public class BadInputTests
{
    private static ScenarioException Fails(string yaml, string? edges = null)
    {
        using var temp = new TempDirectory();
        if (edges is not null)
        {
            temp.Write("edges.csv", edges);
        }

        return Assert.Throws<ScenarioException>(() => ScenarioReader.Load(temp.Write("bad.yaml", yaml)));
    }

    [Fact]
    public void An_unknown_key_is_named_with_its_line_and_the_closest_known_key()
    {
        var error = Fails(ScenarioYaml.Valid.Replace("replicates: 2", "replicats: 2"));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("bad.yaml:3: replicats: unknown key. Did you mean 'replicates'?", problem.ToString()[..problem.ToString().IndexOf(" Allowed", StringComparison.Ordinal)]);
    }

    [Fact]
    public void A_sweep_file_given_where_a_scenario_belongs_is_named_as_one_in_one_line()
    {
        var error = Fails("name: s\nbase: ../workshop-demo.yaml\nreplicates: 5\ndesign: list\npoints:\n  - {}\n");

        var problem = Assert.Single(error.Problems);
        Assert.Equal("bad.yaml:2: base: this is a sweep file (it has base:), not a scenario. Allowed: networksim sweep bad.yaml; run, check, compare, calibrate and serve take a scenario file, such as its base, ../workshop-demo.yaml.", problem.ToString());
    }

    [Fact]
    public void An_unknown_nested_key_is_named_by_its_full_path()
    {
        var error = Fails(ScenarioYaml.Valid.Replace("structure: complete", "structure: complete\n  diversty: 0.3"));
        Assert.Contains("bad.yaml:10: network.diversty: unknown key. Did you mean 'diversity'?", error.Message);
    }

    [Fact]
    public void An_unknown_parameter_is_refused_with_a_suggestion()
    {
        var error = Fails(ScenarioYaml.Valid.Replace("trust: {growth: 0.1}", "trust: {grwoth: 0.1}"));
        Assert.Contains("parameters.trust.grwoth: unknown key. Did you mean 'growth'?", error.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_says_what_is_allowed()
    {
        var error = Fails(ScenarioYaml.Valid.Replace("ticks: 10", "ticks: ten"));
        Assert.Contains("bad.yaml:4: ticks: 'ten' is not a whole number. Allowed: a whole number from 1 to 100000.", error.Message);
    }

    [Fact]
    public void A_list_where_a_value_belongs_is_refused()
    {
        var error = Fails(ScenarioYaml.Valid.Replace("seed: 3", "seed: [3]"));
        Assert.Contains("seed: expected a single value, found a list.", error.Message);
    }

    [Fact]
    public void An_out_of_range_value_gives_the_range()
    {
        var error = Fails(ScenarioYaml.Valid.Replace("trust: {growth: 0.1}", "trust: {growth: 1.5}"));
        Assert.Contains("bad.yaml:16: parameters.trust.growth: 1.5 is out of range. Allowed: 0 to 1.", error.Message);
    }

    [Fact]
    public void An_unknown_choice_lists_the_choices()
    {
        var error = Fails(ScenarioYaml.Valid.Replace("structure: complete", "structure: smallworld"));
        Assert.Contains("network.structure: 'smallworld' is not allowed. Allowed: complete, clustered, random, small-world, hub-and-spoke, edge-list. Did you mean 'small-world'?", error.Message);
    }

    [Fact]
    public void A_team_larger_than_the_schools_staff_is_an_impossible_design()
    {
        var error = Fails(ScenarioYaml.Valid.Replace("team: {leader: 1, teacher: 1}", "team: {leader: 2, teacher: 1}"));
        Assert.Contains("network.team: the team has 2 leader(s) but each school's staff has only 1.", error.Message);
    }

    [Fact]
    public void A_practice_starting_in_an_unknown_school_is_refused()
    {
        var error = Fails(ScenarioYaml.Valid.Replace("start: {schools: [A]}", "start: {schools: [E]}"));
        Assert.Contains("practices[0].start.schools: 'E' is not a school of this network.", error.Message);
        Assert.Contains("Allowed: A, B, C, D.", error.Message);
    }

    [Fact]
    public void An_edge_list_tie_to_an_unknown_school_names_the_csv_line()
    {
        var yaml = ScenarioYaml.Valid.Replace("structure: complete", "structure: edge-list\n  edge_list: edges.csv");
        var error = Fails(yaml, "school_a,school_b\nA,B\nB,Cc\n");
        Assert.Contains("edges.csv:3: edge: 'Cc' is not a school of this network. Did you mean 'C'?", error.Message);
    }

    [Fact]
    public void A_missing_edge_list_file_is_named()
    {
        var error = Fails(ScenarioYaml.Valid.Replace("structure: complete", "structure: edge-list\n  edge_list: nowhere.csv"));
        Assert.Contains("network.edge_list: file not found:", error.Message);
        Assert.Contains("nowhere.csv", error.Message);
    }

    [Fact]
    public void A_list_of_five_million_schools_is_refused_by_the_file_size_before_it_is_parsed()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("many.yaml", "name: many\nnetwork:\n  schools: [" + string.Join(", ", Enumerable.Range(0, 5_000_000).Select(i => $"S{i}")) + "]\npractices:\n  - name: p\n");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Load(file));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"refused after {clock.Elapsed}");
        Assert.Equal($"{file}: is 48,888,945 bytes. Allowed: a scenario, sweep or design file of at most 8 MiB (8,388,608 bytes).", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void A_list_of_more_than_a_million_schools_is_refused_by_its_count_before_the_names_are_read()
    {
        var error = Fails(ScenarioYaml.Valid.Replace("schools: [A, B, C, D]", "schools: [" + string.Join(",", Enumerable.Repeat("A", 1_000_001)) + "]"));
        Assert.Equal("bad.yaml:6: network.schools: the list names 1,000,001 schools. Allowed: at most 1,000,000 schools (a number, or a list of names).", error.Problems[0].ToString());
    }

    [Fact]
    public void A_missing_scenario_file_is_named()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Load("/no/such/scenario.yaml"));
        Assert.Equal("/no/such/scenario.yaml: file not found.", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void A_design_too_large_for_memory_is_refused_before_anything_is_allocated()
    {
        var error = Fails(ScenarioYaml.Valid.Replace("schools: [A, B, C, D]", "schools: 1000000").Replace("start: {schools: [A]}", "start: {fraction: 0.01}")
            .Replace("teacher: 4", "teacher: 40"));
        Assert.Contains("network: 43,000,000 participants (1,000,000 schools x 43 staff). Allowed: at most 5,000,000.", error.Message);
    }

    [Fact]
    public void A_participant_graph_with_more_ties_than_the_engine_can_index_is_refused_with_the_count()
    {
        var error = Fails(ScenarioYaml.Valid.Replace("schools: [A, B, C, D]", "schools: 10000").Replace("start: {schools: [A]}", "start: {fraction: 0.01}")
            .Replace("structure: complete", "structure: random\n  participant_graph: {kind: complete}"));
        Assert.Contains("network: about 2,449,965,000 ties between 70,000 participants (complete participant graph). Allowed: at most 1,073,741,823 ties.", error.Message);
    }

    [Fact]
    public void A_facilitator_in_a_textbook_model_is_refused_because_no_rule_would_apply_its_ties()
    {
        // classic/sir.yaml with --set facilitators.count=1 used to report 9 brokered ties that edges.csv never had.
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Load(Path.Combine(NetworkSim.Tests.Shared.RepositoryRoot.Path, "scenarios", "classic", "sir.yaml"), ["facilitators.count=1"]));
        Assert.Equal("--set: facilitators.count: 1 facilitator(s) with rules.kind: sir, whose rules have no facilitation. " +
            "Allowed: 0 (facilitators broker ties, make a safe space and bring expert input in the networked-improvement model only).", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void A_textbook_model_has_no_facilitator_unless_told()
    {
        using var temp = new TempDirectory();
        var scenario = ScenarioReader.Load(temp.Write("bass.yaml", "rules: {kind: bass}\nnetwork: {schools: 2, staff: {staff: 10}, team: {staff: 10}, participant_graph: {kind: none}}\npractices: [{name: p}]\n"));
        Assert.Equal(0, scenario.Facilitators.Count);
    }

    [Fact]
    public void An_odd_number_of_ring_neighbours_is_refused()
    {
        var error = Fails(ScenarioYaml.Valid.Replace("structure: complete", "structure: small-world\n  neighbours: 3"));
        Assert.Contains("bad.yaml:10: network.neighbours: 3 is odd. Allowed: an even number from 2 (half the ties on each side of the ring).", error.Message);
    }

    [Fact]
    public void An_odd_number_of_participant_ring_neighbours_is_refused()
    {
        var error = Fails(ScenarioYaml.Valid.Replace("structure: complete", "structure: complete\n  participant_graph: {kind: watts-strogatz, neighbours: 5}"));
        Assert.Contains("network.participant_graph.neighbours: 5 is odd.", error.Message);
    }

    [Fact]
    public void A_participant_mean_degree_above_the_number_of_others_is_refused()
    {
        var error = Fails(ScenarioYaml.Valid.Replace("structure: complete", "structure: complete\n  participant_graph: {kind: erdos-renyi, mean_degree: 1000000}"));
        Assert.Contains("network.participant_graph.mean_degree: 1000000 is more than the 27 other participants. Allowed: 0 to 27.", error.Message);
    }

    [Fact]
    public void Broken_yaml_gives_its_line()
    {
        var error = Fails("name: x\nnetwork:\n  schools: [A, B\n");
        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("bad.yaml:", problem.ToString());
        Assert.Contains("not valid YAML", problem.Message);
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_at_once()
    {
        var error = Fails(ScenarioYaml.Valid.Replace("ticks: 10", "ticks: 0").Replace("seed: 3", "sede: 3"));
        Assert.Equal(2, error.Problems.Count);
    }
}
