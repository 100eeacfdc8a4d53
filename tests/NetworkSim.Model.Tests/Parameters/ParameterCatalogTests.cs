using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.Tests.Parameters;

public class ParameterCatalogTests
{
    [Fact]
    public void Every_parameter_has_a_default_inside_its_declared_range()
    {
        Assert.NotEmpty(ParameterCatalog.All);
        Assert.All(ParameterCatalog.All, p =>
        {
            Assert.InRange(p.Default, p.Declaration.Min, p.Declaration.Max);
            Assert.False(string.IsNullOrWhiteSpace(p.Declaration.Source));
            if (p.Declaration.Integer)
            {
                Assert.Equal(Math.Round(p.Default), p.Default);
            }
        });
    }

    [Fact]
    public void Every_behavioural_parameter_has_a_plausible_range_inside_its_allowed_range_around_its_default_with_a_reason()
    {
        Assert.All(ParameterCatalog.All.Where(p => !p.Declaration.Design), p =>
        {
            var d = p.Declaration;
            Assert.True(d.HasPlausibleRange, $"{p.Key} has no plausible range");
            Assert.InRange(d.PlausibleLow, d.Min, d.Max);
            Assert.InRange(d.PlausibleHigh, d.Min, d.Max);
            Assert.True(d.PlausibleLow < d.PlausibleHigh, $"{p.Key}: {d.PlausibleLow} to {d.PlausibleHigh}");
            Assert.InRange(p.Default, d.PlausibleLow, d.PlausibleHigh);
            Assert.False(string.IsNullOrWhiteSpace(d.PlausibleWhy), $"{p.Key} gives no reason for its plausible range");
        });
    }

    [Fact]
    public void A_design_lever_has_no_plausible_range_because_it_is_what_designs_compare()
    {
        var levers = ParameterCatalog.All.Where(p => p.Declaration.Design).Select(p => p.Key).ToArray();
        Assert.Equal(["facilitation.brokering", "facilitation.broker_candidates"], levers);
        Assert.All(ParameterCatalog.All.Where(p => p.Declaration.Design), p => Assert.False(p.Declaration.HasPlausibleRange));
    }

    [Fact]
    public void No_parameter_cites_a_source_line_for_a_size_the_sources_do_not_give()
    {
        // Issue 25: these three were cited to lines that say nothing of the kind; they are assumptions.
        Assert.StartsWith("assumption", ParameterCatalog.Find("engagement.initial")!.Declaration.Source);
        Assert.StartsWith("assumption", ParameterCatalog.Find("trust.colleague_initial")!.Declaration.Source);
        Assert.Contains("assumption", ParameterCatalog.Find("school.leader_adoption")!.Declaration.Source);
    }

    [Fact]
    public void Keys_are_group_dot_name_in_snake_case_and_unique()
    {
        Assert.Equal(ParameterCatalog.All.Count, ParameterCatalog.All.Select(p => p.Key).Distinct().Count());
        Assert.Contains(ParameterCatalog.All, p => p.Key == "exchange.meet_at_convening");
        Assert.Contains(ParameterCatalog.All, p => p.Key == "back_home.discontinuance");
    }

    [Fact]
    public void Built_parameters_take_given_values_and_keep_defaults_for_the_rest()
    {
        var built = ParameterCatalog.Build(new Dictionary<string, double> { ["trust.growth"] = 0.5 });
        Assert.Equal(0.5, built.Trust.Growth);
        Assert.Equal(new TrustParameters().Erosion, built.Trust.Erosion);
        Assert.Equal(new ModelParameters().Exchange, built.Exchange);
    }

    [Fact]
    public void The_documented_parameter_table_matches_the_code()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "model.md")).Replace("\r\n", "\n");
        Assert.Contains(ParameterCatalog.MarkdownTable().Replace("\r\n", "\n"), docs);
    }
}
