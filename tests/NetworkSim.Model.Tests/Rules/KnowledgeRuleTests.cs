using NetworkSim.Model.Parameters;
using NetworkSim.Model.RuleSets.Improvement;

namespace NetworkSim.Model.Tests.Rules;

public class KnowledgeRuleTests
{
    [Fact]
    public void Knowledge_flows_from_the_one_who_knows_more_in_proportion_to_trust()
    {
        var low = PeerExchangeRule.Gain(0.2, trust: 0.2, openness: 1, mine: 0.1, theirs: 0.9);
        var high = PeerExchangeRule.Gain(0.2, trust: 0.8, openness: 1, mine: 0.1, theirs: 0.9);
        Assert.Equal(0.2 * 0.2 * 0.8, low, 12);
        Assert.Equal(4 * low, high, 12);
        Assert.Equal(0, PeerExchangeRule.Gain(0.2, 1, 1, mine: 0.9, theirs: 0.1));
    }

    [Fact]
    public void Complementary_expertise_creates_knowledge_neither_had()
    {
        Assert.Equal(0, CollectiveLearningRule.Created(0.1, trust: 1, distance: 0, mine: 0.5, theirs: 0.5));
        Assert.True(CollectiveLearningRule.Created(0.1, trust: 1, distance: 0.5, mine: 0.5, theirs: 0.5) > 0);
        // Two equals still learn: the pair gains although neither knows more than the other.
        Assert.Equal(0, PeerExchangeRule.Gain(0.2, 1, 1, 0.5, 0.5));
    }

    [Fact]
    public void Collective_learning_peaks_at_an_intermediate_expertise_distance()
    {
        // A pair exchanging repeatedly: trust follows its expected path (failures at their rate, no facilitation),
        // and what the pair creates depends on distance x trust. Too similar gives little new; too different
        // never builds the trust that candour needs. Nothing in the rules names the optimum: it emerges.
        var p = new ModelParameters();
        double Created(double distance)
        {
            var trust = p.Trust.Initial;
            double total = 0;
            for (var exchange = 0; exchange < 100; exchange++)
            {
                total += CollectiveLearningRule.Created(p.Exchange.Creation, trust, distance, 0.5, 0.5);
                var grown = TrustRule.AfterExchange(p.Trust, 0, trust, distance, 0, failed: false);
                var eroded = TrustRule.AfterExchange(p.Trust, 0, trust, distance, 0, failed: true);
                trust = (1 - p.Trust.FailureRate) * grown + p.Trust.FailureRate * eroded;
            }

            return total;
        }

        var middle = Created(0.4);
        Assert.True(middle > Created(0.1), "more diverse than 0.1 should create more");
        Assert.True(middle > Created(0.65), "too diverse should create less: trust never grows");
    }

    [Fact]
    public void Expert_input_and_synthesis_raise_knowledge_only_with_a_facilitator_level()
    {
        var p = new FacilitationParameters();
        Assert.True(FacilitationRule.ExpertGain(p, content: 0.5, knowledge: 0.2) > 0);
        Assert.Equal(0, FacilitationRule.ExpertGain(p, content: 0, knowledge: 0.2));
        Assert.True(FacilitationRule.SynthesisGain(p, process: 0.5, networkMean: 0.6, knowledge: 0.2) > 0);
        Assert.Equal(0, FacilitationRule.SynthesisGain(p, process: 0.5, networkMean: 0.1, knowledge: 0.2));
    }
}
