using NetworkSim.Model.Metrics;
using NetworkSim.Model.RuleSets;

namespace NetworkSim.Model.Tests.Metrics;

public class TallyPlanTests
{
    [Theory]
    [InlineData(Quantities.None, 1)]
    [InlineData(Quantities.Opinion, 2)]
    [InlineData(Quantities.Recovery, 3)]
    [InlineData(Quantities.Knowledge | Quantities.Trust | Quantities.Engagement | Quantities.Support | Quantities.Facilitation, 3)]
    public void A_plan_holds_exactly_the_tallies_the_rule_set_holds_at_the_catalogues_offsets(Quantities held, int practices)
    {
        var plan = TallyPlan.For(held, practices);

        var expected = MetricCatalog.Tallies.Where(t => (t.Of & ~held) == 0).ToArray();
        Assert.Equal(MetricCatalog.Width(practices), plan.Width);
        Assert.Equal(expected.Select(t => t.Value), plan.Entries.Select(e => e.Value));
        Assert.Equal(expected.Select(t => MetricCatalog.Offset(t.Name, 0, practices)), plan.Entries.Select(e => e.Slot));
        Assert.Equal(expected.Select(t => t.PerPractice), plan.Entries.Select(e => e.PerPractice));
    }

    [Fact]
    public void The_plan_for_a_kind_of_run_is_made_once()
    {
        Assert.Same(TallyPlan.For(Quantities.None, 2), TallyPlan.For(Quantities.None, 2));
    }
}
