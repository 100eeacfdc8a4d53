using NetworkSim.Model.Parameters;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Worlds;

namespace NetworkSim.Runner.Tests.Worlds;

public class WorldSpaceTests
{
    [Fact]
    public void By_default_every_behavioural_parameter_varies_over_its_plausible_range_and_no_design_lever_does()
    {
        var (varied, held) = WorldSpace.Resolve([], []);

        var behavioural = ParameterCatalog.All.Where(p => !p.Declaration.Design).ToArray();
        Assert.Equal(behavioural.Select(p => p.Key), varied.Select(v => v.Key));
        Assert.Equal(behavioural.Select(p => (p.Declaration.PlausibleLow, p.Declaration.PlausibleHigh)), varied.Select(v => (v.Low, v.High)));
        Assert.DoesNotContain(varied, v => v.Key == "facilitation.brokering");
        Assert.Empty(held);
    }

    [Fact]
    public void Vary_chooses_the_parameters_and_their_ranges_and_fix_holds_one_out_of_the_default()
    {
        var (varied, _) = WorldSpace.Resolve(["trust.growth=0.02:0.2", "parameters.school.time_away"], []);
        Assert.Equal([new WorldParameter("trust.growth", 0.02, 0.2, false), new WorldParameter("school.time_away", 0, 1, false)], varied);

        var (all, held) = WorldSpace.Resolve([], ["trust.growth=0.05"]);
        Assert.DoesNotContain(all, v => v.Key == "trust.growth");
        Assert.Equal([KeyValuePair.Create("trust.growth", 0.05)], held);
    }

    [Theory]
    [InlineData("--vary", "facilitators.count", "error: --vary: facilitators.count: a design setting, not a behavioural parameter: designs choose it, worlds do not vary it. Allowed: a behavioural parameter as 'networksim params' lists it, e.g. trust.growth.")]
    [InlineData("--vary", "parameters.facilitation.brokering", "error: --vary: parameters.facilitation.brokering: a design lever, not a behavioural parameter: designs choose it, worlds do not vary it. Allowed: a behavioural parameter as 'networksim params' lists it, e.g. trust.growth.")]
    [InlineData("--vary", "trust.grwth", "error: --vary: trust.grwth: not a model parameter. Did you mean 'trust.growth'? Allowed: a behavioural parameter as 'networksim params' lists it, e.g. trust.growth.")]
    [InlineData("--vary", "trust.growth=0.5:1.4", "error: --vary: trust.growth: 1.4 is out of range. Allowed: 0 to 1 (plausible: 0.04 to 0.12).")]
    [InlineData("--vary", "trust.growth=0.1:0.05", "error: --vary: trust.growth: '0.1:0.05' is not a range. Allowed: low:high with low < high, e.g. trust.growth=0.04:0.12 (its plausible range), or the key alone for its plausible range.")]
    [InlineData("--vary", "school.team_critical_mass=2:3.5", "error: --vary: school.team_critical_mass: 3.5 is not a whole number. Allowed: a whole number from 1 to 50 (plausible: 2 to 3).")]
    [InlineData("--fix", "trust.growth=2", "error: --fix: trust.growth: 2 is out of range. Allowed: 0 to 1 (plausible: 0.04 to 0.12).")]
    [InlineData("--fix", "network.diversity=0.5", "error: --fix: network.diversity: a design setting, not a behavioural parameter: designs choose it, worlds do not vary it. Allowed: a behavioural parameter as 'networksim params' lists it, e.g. trust.growth.")]
    public void A_key_that_cannot_vary_or_a_value_outside_the_allowed_range_is_one_line_naming_the_option_and_key(string option, string value, string expected)
    {
        var error = Assert.Throws<ScenarioException>(() => WorldSpace.Resolve(option == "--vary" ? [value] : [], option == "--fix" ? [value] : []));

        Assert.Equal(expected, "error: " + Assert.Single(error.Problems));
    }

    [Fact]
    public void A_key_both_varied_and_fixed_is_refused()
    {
        var error = Assert.Throws<ScenarioException>(() => WorldSpace.Resolve(["trust.growth"], ["trust.growth=0.1"]));

        Assert.Equal("--fix: trust.growth: is also given to --vary or --fix. Allowed: each key either varied or fixed, once.", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void Latin_hypercube_worlds_hit_every_stratum_of_every_range_once_and_whole_number_parameters_spread_evenly()
    {
        var parameters = WorldSpace.Plausible();
        var worlds = WorldsDefinition.Draw(parameters, 50, seed: 12);

        Assert.Equal(Enumerable.Range(0, 50).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), worlds.Select(w => w.Label));
        for (var j = 0; j < parameters.Count; j++)
        {
            var p = parameters[j];
            var values = worlds.Select(w => w.Values[j]).ToArray();
            Assert.All(values, v => Assert.InRange(v, p.Low, p.High));
            if (p.Integer)
            {
                // Whole numbers: strata over [low, high + 1), floored; every value appears, about equally often.
                var counts = values.GroupBy(v => v).Select(g => g.Count()).ToArray();
                Assert.Equal(p.High - p.Low + 1, counts.Length);
                Assert.True(counts.Max() - counts.Min() <= 2, $"{p.Key}: {string.Join(", ", counts)}");
            }
            else
            {
                var strata = values.Select(v => (int)Math.Floor((v - p.Low) / (p.High - p.Low) * 50)).Order();
                Assert.Equal(Enumerable.Range(0, 50), strata);
            }
        }

        Assert.Equal(worlds.Select(w => w.Values), WorldsDefinition.Draw(parameters, 50, seed: 12).Select(w => w.Values));
    }
}
