using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Parameters;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Engine;

/// <summary>
/// The levers a funder pays for act in the direction the sources give, paired (same seeds, so only the lever differs)
/// on the in-process reference engine.
/// </summary>
public class DesignLeverTests
{
    private static Scenario Demo(int ticks = 60) => new()
    {
        Name = "levers",
        Seed = 5,
        Replicates = 1,
        Ticks = ticks,
        Network = new NetworkDesign
        {
            Schools = Enumerable.Range(1, 8).Select(i => $"S{i}").ToArray(),
            Staff = new RoleCounts(1, 1, 8, 0),
            Team = new RoleCounts(1, 0, 1, 0),
            Structure = TieStructure.Complete,
        },
        Practices = [new PracticeSpec { Name = "p", StartSchools = ["S1"], Visibility = 0.5 }],
        Facilitators = new FacilitationSpec(),
        Schedule = new ScheduleSpec { ConveningEvery = 4, ExpertInput = [2, 20] },
        Parameters = new ModelParameters(),
    };

    private static IReadOnlyList<TickMetrics>[] Runs(Scenario scenario, int replicates) =>
        Enumerable.Range(0, replicates).Select(r => Simulation.Run(scenario, CounterRandom.ReplicateSeed(scenario.Seed, r))).ToArray();

    /// <summary>Mean adoption of network members over the run: higher is earlier.</summary>
    private static double MemberAdoptionArea(IReadOnlyList<TickMetrics> ticks) =>
        ticks.Average(t => t.Total("member_adopters") / t.Members);

    private static double MeanKnowledge(IReadOnlyList<TickMetrics> ticks) => ticks[^1].Value("mean_knowledge");

    private static (double Low, double High) PairedDifference(IReadOnlyList<TickMetrics>[] low, IReadOnlyList<TickMetrics>[] high, Func<IReadOnlyList<TickMetrics>, double> outcome) =>
        Statistics.BootstrapMeanInterval(low.Zip(high, (l, h) => outcome(h) - outcome(l)).ToArray());

    [Fact]
    public void More_facilitator_capacity_per_school_brings_adoption_earlier()
    {
        // One facilitator for eight schools with time for two, against four: each school gets a quarter of one, or all of one.
        var stretched = Runs(Demo() with { Facilitators = new FacilitationSpec { Count = 1, Capacity = 2 } }, 30);
        var staffed = Runs(Demo() with { Facilitators = new FacilitationSpec { Count = 4, Capacity = 2 } }, 30);
        var (low, high) = PairedDifference(stretched, staffed, MemberAdoptionArea);
        Assert.True(low > 0, $"paired gain in mean member adoption over the run: [{low:0.####}, {high:0.####}]");
    }

    [Fact]
    public void Fewer_schools_per_facilitator_gives_each_school_more_of_its_time()
    {
        var run = new RunModel(Demo() with { Facilitators = new FacilitationSpec { Count = 2, Capacity = 3, Process = 0.8, Content = 0.5 } }, 1);
        Assert.Equal(0.8 * 3 / 4, run.ProcessLevel(0, 0), 12);
        Assert.Equal(0.5 * 3 / 4, run.ContentLevel(7, 0), 12);
        var named = new RunModel(Demo() with { Facilitators = new FacilitationSpec { Count = 1, Capacity = 3, Serves = [[0, 1]] } }, 1);
        Assert.Equal(new FacilitationSpec().Process, named.ProcessLevel(1, 0), 12);
        Assert.Equal(0, named.ProcessLevel(2, 0));
    }

    [Fact]
    public void Brokered_ties_form_and_carry_knowledge()
    {
        var sparse = Demo() with { Network = Demo().Network with { Structure = TieStructure.HubAndSpoke } };
        var none = sparse with { Parameters = new ModelParameters { Facilitation = new FacilitationParameters { Brokering = 0 } } };
        var brokered = sparse with { Parameters = new ModelParameters { Facilitation = new FacilitationParameters { Brokering = 2 } } };
        var without = Runs(none, 20);
        var with = Runs(brokered, 20);
        Assert.All(without, r => Assert.Equal(0, r[^1].BrokeredTies));
        Assert.All(with, r => Assert.True(r[^1].BrokeredTies > 0));
        var (low, _) = PairedDifference(without, with, MeanKnowledge);
        Assert.True(low > 0, $"knowledge gained through brokered ties: interval starts at {low:0.####}");
    }

    [Fact]
    public void Diversity_raises_knowledge_through_collective_learning_when_trust_ignores_distance()
    {
        var noDrag = new ModelParameters { Trust = new TrustParameters { DiversityDrag = 0 } };
        var similar = Runs(Diverse(0.1, noDrag), 20);
        var diverse = Runs(Diverse(0.9, noDrag), 20);
        var (low, _) = PairedDifference(similar, diverse, MeanKnowledge);
        Assert.True(low > 0, $"interval starts at {low:0.####}");
    }

    [Fact]
    public void Diversity_slows_trust_and_learning_when_nothing_is_created_from_it()
    {
        var noCreation = new ModelParameters { Exchange = new ExchangeParameters { Creation = 0 } };
        var similar = Runs(Diverse(0.1, noCreation), 20);
        var diverse = Runs(Diverse(0.9, noCreation), 20);
        var (_, trustTop) = PairedDifference(similar, diverse, r => r[^1].Value("mean_trust"));
        var (_, knowledgeTop) = PairedDifference(similar, diverse, MeanKnowledge);
        Assert.True(trustTop < 0, $"trust: interval ends at {trustTop:0.####}");
        Assert.True(knowledgeTop < 0, $"knowledge: interval ends at {knowledgeTop:0.####}");
    }

    [Fact]
    public void Test_bed_members_who_teach_others_stay_while_without_that_value_they_go_stale_and_leave()
    {
        var teaching = TestBedDropOuts(Demo());
        var learningOnly = TestBedDropOuts(Demo() with { Parameters = new ModelParameters { Engagement = new EngagementParameters { ContributionGain = 0 } } });
        Assert.Equal(0, teaching);
        Assert.True(learningOnly >= 10, $"{learningOnly} of 20 test-bed members dropped out without value from contributing");
    }

    [Fact]
    public void After_funding_ends_there_is_no_convening_expert_input_site_visit_or_brokering()
    {
        var scenario = Demo() with
        {
            Network = Demo().Network with { Structure = TieStructure.HubAndSpoke },
            Facilitators = new FacilitationSpec { Until = 12 },
            Schedule = new ScheduleSpec { ConveningEvery = 4, ExpertInput = [2, 20], SiteVisits = [16] },
        };
        var run = new RunModel(scenario, 3);
        var simulation = new Simulation(run);
        var brokeredAtEnd = -1;
        while (!simulation.Finished)
        {
            var state = simulation.State;
            var tick = RunTick.Announce(run, state, []);
            if (state.Tick >= 12)
            {
                Assert.Null(RunTick.News(run, state));
                Assert.False(tick.Convening || tick.ExpertInput || tick.SiteVisit, $"tick {state.Tick}");
                Assert.Equal(0, run.ProcessLevel(0, state.Tick));
                brokeredAtEnd = brokeredAtEnd < 0 ? state.Last.BrokeredTies : brokeredAtEnd;
                Assert.Equal(brokeredAtEnd, state.Last.BrokeredTies);
            }
            else
            {
                Assert.Equal(state.Tick % 4 == 0, tick.Convening);
            }

            simulation.Step();
        }

        Assert.True(brokeredAtEnd > 0);
    }

    private static Scenario Diverse(double diversity, ModelParameters parameters) =>
        Demo() with { Network = Demo().Network with { Diversity = diversity }, Parameters = parameters };

    /// <summary>Test-bed (S1) network members who have dropped out by the end, over 10 replicates (2 each).</summary>
    private static int TestBedDropOuts(Scenario scenario)
    {
        var count = 0;
        for (var r = 0; r < 10; r++)
        {
            var simulation = new Simulation(new RunModel(scenario, CounterRandom.ReplicateSeed(scenario.Seed, r)));
            while (!simulation.Finished)
            {
                simulation.Step();
            }

            count += simulation.Schools[0].Participants.Count(p => p.DroppedOut);
        }

        return count;
    }
}
