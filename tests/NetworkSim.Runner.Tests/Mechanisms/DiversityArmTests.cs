using NetworkSim.Model.Metrics;
using static NetworkSim.Runner.Tests.Mechanisms.ShippedRuns;

namespace NetworkSim.Runner.Tests.Mechanisms;

/// <summary>
/// Mechanism 3: each arm of diversity reaches adoption in the network with the other held off (000:L24-26): what
/// complementary experts create together brings it earlier, slower trust across distance brings it later.
/// The outcome is the mean share of members practising over the year (the area under the curve: earlier is higher).
/// </summary>
public class DiversityArmTests
{
    private static double AdoptionOverTheYear(IReadOnlyList<TickMetrics> run) => run.Average(MemberAdoption);

    [Fact]
    public void With_trust_blind_to_distance_diversity_brings_adoption_in_the_network_earlier()
    {
        var similar = Runs(Load(DesignA, "network.diversity=0", "parameters.trust.diversity_drag=0"), 20);
        var diverse = Runs(Load(DesignA, "network.diversity=1", "parameters.trust.diversity_drag=0"), 20);
        var (mean, low, _) = Paired(similar, diverse, AdoptionOverTheYear);
        Assert.True(low > 0, $"{mean:0.####}, interval from {low:0.####}");
    }

    [Fact]
    public void With_nothing_created_from_difference_diversity_brings_adoption_in_the_network_later()
    {
        var similar = Runs(Load(DesignA, "network.diversity=0", "parameters.exchange.creation=0"), 20);
        var diverse = Runs(Load(DesignA, "network.diversity=1", "parameters.exchange.creation=0"), 20);
        var (mean, _, high) = Paired(similar, diverse, AdoptionOverTheYear);
        Assert.True(high < 0, $"{mean:0.####}, interval up to {high:0.####}");
    }
}
