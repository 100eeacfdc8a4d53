using NetworkSim.Model.Parameters;
using NetworkSim.Model.RuleSets.Improvement;

namespace NetworkSim.Model.Tests.Rules;

public class TrustRuleTests
{
    private static readonly TrustParameters P = new();
    private const double SafeSpace = 0.6;

    [Fact]
    public void Trust_grows_with_a_candid_exchange()
    {
        Assert.True(TrustRule.AfterExchange(P, SafeSpace, 0.3, 0.2, 0, failed: false) > 0.3);
    }

    [Fact]
    public void Trust_grows_faster_with_a_facilitator()
    {
        var alone = TrustRule.AfterExchange(P, SafeSpace, 0.3, 0.2, process: 0, failed: false);
        var facilitated = TrustRule.AfterExchange(P, SafeSpace, 0.3, 0.2, process: 1, failed: false);
        Assert.True(facilitated > alone);
        // Exactly (1 + safe_space) times the growth at process level 1.
        Assert.Equal((alone - 0.3) * (1 + SafeSpace), facilitated - 0.3, 12);
    }

    [Fact]
    public void Trust_grows_slower_across_a_wide_expertise_distance()
    {
        var near = TrustRule.AfterExchange(P, SafeSpace, 0.3, 0.1, 0, failed: false);
        var far = TrustRule.AfterExchange(P, SafeSpace, 0.3, 0.5, 0, failed: false);
        Assert.True(near > far);
        Assert.True(far >= 0.3);
    }

    [Fact]
    public void A_failure_erodes_trust_and_costs_less_in_a_safe_space()
    {
        var unsafeSpace = TrustRule.AfterExchange(P, SafeSpace, 0.5, 0.2, process: 0, failed: true);
        var safe = TrustRule.AfterExchange(P, SafeSpace, 0.5, 0.2, process: 1, failed: true);
        Assert.True(unsafeSpace < 0.5);
        Assert.True(safe < 0.5);
        Assert.True(safe > unsafeSpace);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Trust_stays_between_zero_and_one(double start)
    {
        foreach (var failed in new[] { true, false })
        {
            var next = TrustRule.AfterExchange(P with { Growth = 1, Erosion = 1 }, 1, start, 0, 1, failed);
            Assert.InRange(next, 0, 1);
        }
    }
}
