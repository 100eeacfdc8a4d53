using static NetworkSim.Runner.Tests.Mechanisms.ShippedRuns;

namespace NetworkSim.Runner.Tests.Mechanisms;

/// <summary>Mechanism 6: colleagues hear from members from the first weeks, so back home starts within the first year (002:L15-19).</summary>
public class BackHomeMobilisationTests
{
    [Fact]
    public void Back_home_adoption_in_the_workshop_demo_exceeds_0_before_week_52()
    {
        var runs = Runs(Load(Demo), 20);
        Assert.True(runs.Average(r => BackHome(r[51])) > 0, "no colleague back home practised by week 51 in any replicate");
    }

    [Fact]
    public void Co_teaching_partners_bring_back_home_adoption_earlier()
    {
        var rare = Runs(Load(Demo, "parameters.back_home.partner_meet=0.15"), 20);
        var partners = Runs(Load(Demo, "parameters.back_home.partner_meet=0.5"), 20);
        var (mean, low, _) = Paired(rare, partners, r => BackHome(r[52]));
        Assert.True(low > 0, $"back home at week 52: {mean:0.####}, interval from {low:0.####}");
    }
}
