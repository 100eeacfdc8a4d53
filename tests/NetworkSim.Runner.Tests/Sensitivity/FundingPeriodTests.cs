using NetworkSim.Runner.Sensitivity;

namespace NetworkSim.Runner.Tests.Sensitivity;

/// <summary>
/// What a funder buys by funding the whole run rather than half of it, on the shipped workshop demo at its default
/// parameters, paired (the same replicate seeds, so only the funding period differs).
/// </summary>
public class FundingPeriodTests
{
    [Fact]
    public void Back_home_adoption_at_the_end_is_not_higher_when_funding_ended_at_mid_run()
    {
        // Convening weeks cost members a day with their colleagues and their schools that share of their staff-time;
        // the sources call that a cost, not a reason colleagues would learn more with no network at all.
        var path = Path.Combine(NetworkSim.Tests.Shared.RepositoryRoot.Path, "scenarios", "workshop-demo.yaml");
        var row = SensitivityAnalysis.One(path, new Lever("facilitators.until", "52", "0", true), replicates: 10, parallelism: 2);
        Assert.True(row.BackHome.Mean >= 0, $"back home, funded to the end minus ended at tick 52: {row.BackHome}");
    }
}
