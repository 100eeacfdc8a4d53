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
