using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Scenarios;

/// <summary>A setting that cannot act in its scenario is accepted with a warning naming it, so that "no effect" is not read as a finding.</summary>
public class DeadParameterTests
{
    private static List<ScenarioProblem> Warnings(string yaml, params string[] overrides)
    {
        using var temp = new TempDirectory();
        var warnings = new List<ScenarioProblem>();
        ScenarioReader.Load(temp.Write("s.yaml", yaml), overrides, warnings);
        return warnings;
    }

    [Fact]
    public void The_valid_scenario_gives_no_warning()
    {
        Assert.Empty(Warnings(ScenarioYaml.Valid));
    }

    [Fact]
    public void Brokering_on_a_complete_school_graph_is_warned_about()
    {
        var warning = Assert.Single(Warnings(ScenarioYaml.Valid.Replace("trust: {growth: 0.1}", "facilitation: {brokering: 2}")));
        Assert.Equal("s.yaml:16: parameters.facilitation.brokering: has no effect: with structure: complete every network member is tied to every other from the start, " +
            "so a facilitator has no one to introduce.", warning.ToString());
    }

    [Fact]
    public void Each_form_of_social_proof_warns_about_the_key_only_the_other_reads()
    {
        var share = Assert.Single(Warnings(ScenarioYaml.Valid, "practices[0].social_proof=2"));
        Assert.EndsWith("practices[0].social_proof: has no effect: rules.social_proof is share, which reads threshold: instead.", share.ToString());
        var count = Warnings(ScenarioYaml.Valid, "rules.social_proof=count", "practices[0].threshold=0.3", "parameters.adoption.threshold_spread=0.05");
        Assert.Equal(2, count.Count);
        Assert.Contains(count, w => w.ToString().EndsWith("practices[0].threshold: has no effect: rules.social_proof is count, which reads social_proof: instead.", StringComparison.Ordinal));
        Assert.Contains(count, w => w.ToString().EndsWith("parameters.adoption.threshold_spread: has no effect: rules.social_proof is count, which has no per-participant thresholds.", StringComparison.Ordinal));
        Assert.Empty(Warnings(ScenarioYaml.Valid, "rules.social_proof=count", "practices[0].social_proof=2"));
    }

    [Fact]
    public void Brokering_on_a_sparse_school_graph_is_not_warned_about()
    {
        Assert.Empty(Warnings(ScenarioYaml.Valid.Replace("structure: complete", "structure: hub-and-spoke"), "parameters.facilitation.brokering=2"));
    }

    [Fact]
    public void Facilitator_settings_without_facilitators_are_warned_about_each_by_name()
    {
        var warnings = Warnings(ScenarioYaml.Valid.Replace("facilitators: {count: 1}", "facilitators: {count: 0, process: 0.9, until: 20}")
            .Replace("trust: {growth: 0.1}", "facilitation: {safe_space: 0.9}"));
        Assert.Equal(
        [
            "s.yaml:13: facilitators.process: has no effect: there are no facilitators (facilitators.count is 0).",
            "s.yaml:13: facilitators.until: has no effect: there are no facilitators (facilitators.count is 0).",
            "s.yaml:16: parameters.facilitation.safe_space: has no effect: there are no facilitators (facilitators.count is 0).",
        ], warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void Site_visit_settings_without_site_visits_and_commonality_settings_without_separate_problems_are_warned_about()
    {
        var warnings = Warnings(ScenarioYaml.Valid.Replace("site_visits: [3], ", ""), "parameters.adoption.site_visit_memory=4", "parameters.exchange.unshared_relevance=0.2");
        Assert.Equal(
        [
            "--set: parameters.exchange.unshared_relevance: has no effect: every school works on the network's shared problem (network.commonality is 1).",
            "--set: parameters.adoption.site_visit_memory: has no effect: the schedule has no site_visits.",
        ], warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void The_old_strength_and_style_are_refused_with_their_replacement()
    {
        using var temp = new TempDirectory();
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Load(temp.Write("s.yaml", ScenarioYaml.Valid.Replace("{count: 1}", "{count: 1, strength: 0.7}"))));
        Assert.Equal("s.yaml:13: facilitators.strength: strength and style were replaced: process and content are now two strengths, not one split between them. " +
            "Allowed: process: 0 to 1 and content: 0 to 1 (strength 0.7 with style 0.3 was process 0.49, content 0.21).", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void Facilitators_serve_named_schools_and_a_school_in_two_lists_is_refused()
    {
        using var temp = new TempDirectory();
        var scenario = ScenarioReader.Load(temp.Write("ok.yaml", ScenarioYaml.Valid.Replace("{count: 1}", "{serves: [[A, B], [D]], capacity: 2, until: 8}")));
        Assert.Equal(2, scenario.Facilitators.Count);
        Assert.Equal([[0, 1], [3]], scenario.Facilitators.Serves.Select(s => s.ToArray()).ToArray());
        Assert.Equal(8, scenario.Facilitators.Until);
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Load(temp.Write("bad.yaml", ScenarioYaml.Valid.Replace("{count: 1}", "{serves: [[A, B], [B]]}"))));
        Assert.Equal("bad.yaml:13: facilitators.serves: 'B' is served by two facilitators. Allowed: each school in at most one list.", Assert.Single(error.Problems).ToString());
    }
}
