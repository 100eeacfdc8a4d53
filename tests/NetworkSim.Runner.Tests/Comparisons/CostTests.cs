using NetworkSim.Runner.Comparisons;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Tests.Scenarios;

namespace NetworkSim.Runner.Tests.Comparisons;

public class CostTests
{
    private const string Cost = "\ncost: {facilitator_week: 100, participant_day: 10, convening: 1000, site_visit: 500, days_per_site_visit: 2}\n";

    [Fact]
    public void The_total_adds_facilitator_weeks_days_away_convenings_and_site_visits()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("costed.yaml", ScenarioYaml.Valid + Cost);
        var scenario = ScenarioReader.Load(path); // the scenario reader accepts the cost: block
        var cost = CostReader.Read(path)!;

        // 4 schools x 2 members = 8; 10 ticks, a convening every 2 (ticks 2, 4, 6, 8, 10: 5), one site visit (tick 3), one facilitator.
        // 100 x 1 x 10 + 10 x 8 x (5 x 1 + 1 x 2) + 1000 x 5 + 500 x 1 = 1000 + 560 + 5000 + 500.
        Assert.Equal(5, CostSpec.Convenings(scenario));
        Assert.Equal(1, CostSpec.SiteVisits(scenario));
        Assert.Equal(7060, cost.Total(scenario));
    }

    [Fact]
    public void Cost_per_adopter_maps_the_interval_of_the_mean_head_count()
    {
        var per = CostPer.Of(7060, 20, 16, 25);
        Assert.Equal((353.0, 282.4, 441.25), (per.Mean!.Value, per.Low!.Value, per.High!.Value));
    }

    [Fact]
    public void An_interval_reaching_zero_has_no_upper_end_and_a_zero_mean_no_value()
    {
        Assert.Null(CostPer.Of(100, 2, 0, 4).High);
        Assert.Null(CostPer.Of(100, 0, 0, 0).Mean);
    }

    [Fact]
    public void A_scenario_without_a_cost_block_has_no_cost()
    {
        using var temp = new TempDirectory();
        Assert.Null(CostReader.Read(temp.Write("plain.yaml", ScenarioYaml.Valid)));
    }

    [Fact]
    public void An_unknown_cost_key_is_named_with_its_line()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("costed.yaml", ScenarioYaml.Valid + "\ncost:\n  facilitator_wek: 100\n");
        var error = Assert.Throws<ScenarioException>(() => CostReader.Read(path));
        Assert.StartsWith("costed.yaml:18: cost.facilitator_wek: unknown key. Did you mean 'facilitator_week'?", error.Message);
    }

    [Fact]
    public void A_cost_block_names_its_currency_and_without_one_it_is_EUR()
    {
        using var temp = new TempDirectory();
        Assert.Equal("CLP", CostReader.Read(temp.Write("peso.yaml", ScenarioYaml.Valid + "\ncost: {currency: CLP, facilitator_week: 100}\n"))!.Currency);
        Assert.Equal("EUR", CostReader.Read(temp.Write("plain.yaml", ScenarioYaml.Valid + Cost))!.Currency);
    }

    [Fact]
    public void A_currency_that_is_not_a_three_letter_code_is_refused_with_its_line()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("costed.yaml", ScenarioYaml.Valid + "\ncost:\n  currency: euros\n");
        var error = Assert.Throws<ScenarioException>(() => CostReader.Read(path));
        Assert.StartsWith("costed.yaml:18: cost.currency: 'euros' is not a currency code. Allowed: three capital letters (ISO 4217), e.g. EUR, GBP, USD, CLP.", error.Message);
    }
}
