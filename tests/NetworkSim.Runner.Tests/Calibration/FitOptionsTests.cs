using NetworkSim.Analysis.Calibration;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Calibration;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Calibration;

/// <summary>--fit and --prior: keys as 'networksim params' names them, ranges inside the allowed ones, and the refusals.</summary>
public class FitOptionsTests
{
    private static readonly string Demo = Path.Combine(RepositoryRoot.Path, "scenarios", "workshop-demo.yaml");
    private static readonly string Bass = Path.Combine(RepositoryRoot.Path, "scenarios", "classic", "bass.yaml");

    private static string Refused(string[] fits, string[]? priors = null, string? scenario = null) =>
        Assert.Single(Assert.Throws<ScenarioException>(() => FitOptions.Read(fits, priors ?? [], scenario ?? Demo)).Problems).ToString();

    [Fact]
    public void A_key_with_a_range_a_key_alone_and_a_normal_prior_are_read()
    {
        var keys = FitOptions.Read(["trust.growth=0.05:0.1", "parameters.adoption.rate"], ["adoption.rate=normal:0.15:0.03"], Demo);
        Assert.Equal(["trust.growth", "adoption.rate"], keys.Select(k => k.Key));
        Assert.Equal(["parameters.trust.growth", "parameters.adoption.rate"], keys.Select(k => k.ScenarioPath));
        Assert.Equal(FittedParameter.Uniform("trust.growth", 0.05, 0.1), keys[0].Prior);
        Assert.Equal(FittedParameter.Normal("adoption.rate", 0.15, 0.03, 0.075, 0.225), keys[1].Prior);
        Assert.Equal(["rules.p", "rules.q"], FitOptions.Read(["rules.p=0:0.1", "rules.q=0.1:0.8"], [], Bass).Select(k => k.Key));
    }

    [Fact]
    public void Fitted_values_set_on_a_scenario_give_the_scenario_the_reader_gives_with_the_same_overrides()
    {
        var keys = FitOptions.Read(["trust.growth", "back_home.mobilisation=0.1:0.4"], [], Demo);
        var set = FittedKey.Apply(ScenarioReader.Load(Demo), keys, [0.0731, 0.2874]);
        var read = ScenarioReader.Load(Demo, ["parameters.trust.growth=0.0731", "parameters.back_home.mobilisation=0.2874"]);
        Assert.Equal(ScenarioJson.Serialize(read), ScenarioJson.Serialize(set));
        var bass = FitOptions.Read(["rules.q=0.1:0.8"], [], Bass);
        Assert.Equal(ScenarioJson.Serialize(ScenarioReader.Load(Bass, ["rules.q=0.5"])), ScenarioJson.Serialize(FittedKey.Apply(ScenarioReader.Load(Bass), bass, [0.5])));
    }

    [Fact]
    public void A_key_that_is_not_a_parameter_is_refused_with_the_closest_one()
    {
        Assert.StartsWith("--fit: trust.grwth: not a parameter. Did you mean 'trust.growth'? Allowed: a key 'networksim params' lists (e.g. trust.growth), or one of the textbook models' rules.p, rules.q,",
            Refused(["trust.grwth=0.1:0.2"]));
    }

    [Fact]
    public void A_range_outside_the_allowed_one_is_refused_with_both_ranges()
    {
        Assert.Equal("--fit: trust.growth=0.04:3: 3 is outside the allowed range 0 to 1. Allowed: lo:hi within 0 to 1 (plausible: 0.04 to 0.12).", Refused(["trust.growth=0.04:3"]));
        Assert.Equal("--fit: trust.growth=0.2:0.1: the range is empty (0.2 is not below 0.1). Allowed: lo < hi, within 0 to 1 (plausible: 0.04 to 0.12).", Refused(["trust.growth=0.2:0.1"]));
        Assert.Equal("--fit: trust.growth=0.1-0.2: expected key=lo:hi (e.g. trust.growth=0.04:0.12), or the key alone for its plausible range.", Refused(["trust.growth=0.1-0.2"]));
        Assert.Equal("--fit: trust.growth=low:0.2: 'low' is not a number. Allowed: trust.growth=lo:hi within 0 to 1 (plausible: 0.04 to 0.12).", Refused(["trust.growth=low:0.2"]));
    }

    [Fact]
    public void Keys_that_cannot_be_fitted_here_are_refused_with_the_reason()
    {
        Assert.Equal("--fit: school.team_critical_mass: takes whole numbers only; a calibration fits continuous parameters. Allowed: a parameter with a continuous range ('networksim params' lists them).",
            Refused(["school.team_critical_mass=2:3"]));
        Assert.Equal("--fit: rules.p: has no plausible range to fit over. Allowed: rules.p=lo:hi within 0 to 1.", Refused(["rules.p"], scenario: Bass));
        Assert.Equal("--fit: rules.p: has no effect: it acts only with kind: bass, and rules.kind is networked-improvement. Allowed: a parameter that acts in workshop-demo.yaml.",
            Refused(["rules.p=0:0.1"]));
        Assert.Equal("--fit: trust.growth: fitted twice. Allowed: each parameter once.", Refused(["trust.growth", "trust.growth=0.05:0.1"]));
        Assert.Equal("--fit: no parameter to fit. Allowed: --fit key=lo:hi (or --fit key for its plausible range), once per parameter, keys as 'networksim params' lists them.", Refused([]));
    }

    [Fact]
    public void A_parameter_with_no_effect_in_the_scenario_is_refused_with_the_readers_reason()
    {
        using var temp = new TempDirectory();
        var scenario = temp.Write("no-facilitator.yaml", File.ReadAllText(Demo).Replace("facilitators: {count: 1, process: 0.7, content: 0.4}", "facilitators: {count: 0}"));
        Assert.Equal("--fit: facilitation.synthesis: has no effect: there are no facilitators (facilitators.count is 0). Allowed: a parameter that acts in no-facilitator.yaml.",
            Refused(["facilitation.synthesis"], scenario: scenario));
    }

    [Fact]
    public void A_prior_must_be_normal_for_a_fitted_key()
    {
        Assert.Equal("--prior: trust.growth: is not fitted. Allowed: a key given with --fit (adoption.rate).", Refused(["adoption.rate"], ["trust.growth=normal:0.08:0.02"]));
        Assert.Equal("--prior: adoption.rate=beta:2:3: expected key=normal:mu:sd (e.g. trust.growth=normal:0.08:0.02); without --prior a fitted parameter's prior is uniform over its range.",
            Refused(["adoption.rate"], ["adoption.rate=beta:2:3"]));
        Assert.Equal("--prior: adoption.rate=normal:0.1:0: needs a mean and a standard deviation above 0. Allowed: key=normal:mu:sd, e.g. trust.growth=normal:0.08:0.02.",
            Refused(["adoption.rate"], ["adoption.rate=normal:0.1:0"]));
    }
}
