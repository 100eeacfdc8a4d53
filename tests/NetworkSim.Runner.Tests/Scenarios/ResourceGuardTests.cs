using NetworkSim.Model.Network;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Scenarios;

/// <summary>The resource guard's arithmetic on designs whose tie counts are known exactly; no test reads this machine's memory.</summary>
public class ResourceGuardTests
{
    private const long GiB = 1L << 30;

    private static Scenario Design(int schools, RoleCounts staff, RoleCounts team, TieStructure structure = TieStructure.Complete,
        ParticipantGraphSpec? graph = null, int replicates = 1, int ticks = 10, int colleagues = 0) => new()
    {
        Name = "guard",
        Seed = 5,
        Replicates = replicates,
        Ticks = ticks,
        Network = new NetworkDesign
        {
            Schools = Enumerable.Range(0, schools).Select(i => $"S{i}").ToArray(),
            Staff = staff,
            Team = team,
            Structure = structure,
            Colleagues = colleagues,
            ParticipantGraph = graph ?? new ParticipantGraphSpec(),
        },
        Practices = [new PracticeSpec { Name = "p", StartFraction = 0.1 }],
        Facilitators = new FacilitationSpec { Count = 0 },
    };

    private static long BuiltTieEnds(Scenario scenario) => 2L * NetworkBuilder.Build(scenario, CounterRandom.ReplicateSeed(scenario.Seed, 0)).TieCount;

    [Fact]
    public void School_ties_count_every_colleague_and_every_pair_of_members_of_tied_schools()
    {
        // 6 schools of 9 staff who all know each other (6 x 9 x 8 ends), complete school graph with teams of 3 (15 school ties x 9 pairs x 2 ends).
        var scenario = Design(6, new RoleCounts(1, 1, 6, 1), new RoleCounts(1, 1, 1, 0));
        Assert.Equal(6 * 9 * 8 + 15 * 9 * 2, ResourceEstimate.TieEndsOf(scenario.Network));
        Assert.Equal(BuiltTieEnds(scenario), ResourceEstimate.TieEndsOf(scenario.Network));
    }

    [Fact]
    public void A_ring_of_colleagues_counts_the_ties_each_side()
    {
        var scenario = Design(3, new RoleCounts(0, 0, 20, 0), new RoleCounts(0, 0, 1, 0), colleagues: 4);
        Assert.Equal(3 * 20 * 4 + 3 * 2, ResourceEstimate.TieEndsOf(scenario.Network));
        Assert.Equal(BuiltTieEnds(scenario), ResourceEstimate.TieEndsOf(scenario.Network));
    }

    [Theory]
    [InlineData(ParticipantGraphKind.None, 0L)]
    [InlineData(ParticipantGraphKind.Complete, 1000L * 999)]
    [InlineData(ParticipantGraphKind.WattsStrogatz, 1000L * 6)]
    public void Participant_graphs_with_a_known_size_are_counted_exactly(ParticipantGraphKind kind, long ends)
    {
        var scenario = Design(10, new RoleCounts(0, 0, 100, 0), new RoleCounts(0, 0, 100, 0), graph: new ParticipantGraphSpec { Kind = kind, Neighbours = 6 });
        Assert.Equal(ends, ResourceEstimate.TieEndsOf(scenario.Network));
        Assert.Equal(ends, BuiltTieEnds(scenario));
    }

    [Theory]
    [InlineData(ParticipantGraphKind.ErdosRenyi)]
    [InlineData(ParticipantGraphKind.BarabasiAlbert)]
    [InlineData(ParticipantGraphKind.StochasticBlock)]
    public void Random_participant_graphs_are_counted_within_five_percent_of_a_built_one(ParticipantGraphKind kind)
    {
        var graph = new ParticipantGraphSpec { Kind = kind, MeanDegree = 8, Attachments = 3, Within = 0.1, Between = 0.002 };
        var scenario = Design(20, new RoleCounts(0, 0, 200, 0), new RoleCounts(0, 0, 200, 0), graph: graph);
        var expected = ResourceEstimate.TieEndsOf(scenario.Network);
        Assert.InRange((double)BuiltTieEnds(scenario), expected * 0.95, expected * 1.05);
    }

    [Fact]
    public void Peak_memory_is_the_base_plus_each_replicate_running_at_once()
    {
        var scenario = Design(10, new RoleCounts(0, 0, 100, 0), new RoleCounts(0, 0, 100, 0), graph: new ParticipantGraphSpec { Kind = ParticipantGraphKind.None }, replicates: 3);
        var estimate = ResourceEstimate.For(scenario);
        Assert.Equal(1000 * ResourceEstimate.BytesPerParticipant, estimate.BytesPerReplicate);
        Assert.Equal(ResourceEstimate.BaseBytes + 2 * estimate.BytesPerReplicate, estimate.PeakBytes(2));
        Assert.Equal(ResourceEstimate.BaseBytes + 3 * estimate.BytesPerReplicate, estimate.PeakBytes(8));
    }

    [Fact]
    public void A_complete_graph_over_a_hundred_thousand_people_is_refused_with_its_tie_count()
    {
        // Without the participant graph the old estimate was about 2 GiB; its 5 x 10^9 ties cannot fit anywhere.
        var scenario = Design(1000, new RoleCounts(0, 0, 100, 0), new RoleCounts(0, 0, 100, 0), graph: new ParticipantGraphSpec { Kind = ParticipantGraphKind.Complete });
        var error = Assert.Throws<ScenarioException>(() => ResourceGuard.Check(scenario, "big.yaml", 1, 24 * GiB, strict: false));
        Assert.Contains("big.yaml: network: this run needs about 611,711 MiB at its peak", Assert.Single(error.Problems).ToString());
        Assert.Contains("(100,000 participants, 4,999,950,000 ties, 1 replicate(s) at once), more than the 19,661 MiB it may use (80 % of the 24,576 MiB available). Allowed: fewer schools, staff or ties.", error.Message);
    }

    [Fact]
    public void The_bass_model_without_ties_fits_in_four_gibibytes()
    {
        // classic/bass.yaml: 10,000 participants and no ties; the old guard ignored the missing graph and asked for 4.6 GiB.
        var scenario = Design(100, new RoleCounts(0, 0, 0, 100), new RoleCounts(0, 0, 0, 100), graph: new ParticipantGraphSpec { Kind = ParticipantGraphKind.None }, replicates: 20, ticks: 30);
        Assert.Empty(ResourceGuard.Check(scenario, "bass.yaml", 2, 4 * GiB, strict: false));
        Assert.InRange(ResourceEstimate.For(scenario).PeakBytes(2), 300 << 20, 400 << 20);
    }

    [Fact]
    public void A_run_that_fits_only_one_replicate_at_a_time_suggests_parallel_one()
    {
        var scenario = Design(100, new RoleCounts(0, 0, 100, 0), new RoleCounts(0, 0, 100, 0), graph: new ParticipantGraphSpec { Kind = ParticipantGraphKind.None }, replicates: 4);
        var one = ResourceEstimate.For(scenario).PeakBytes(1);
        var error = Assert.Throws<ScenarioException>(() => ResourceGuard.Check(scenario, "s.yaml", 2, (long)(one / ResourceGuard.UsableShare) + 1, strict: false));
        Assert.EndsWith("Allowed: fewer schools, staff or ties, or --parallel 1 (one replicate at a time).", error.Message);
    }

    [Fact]
    public void A_run_longer_than_a_day_is_warned_about_with_its_estimate()
    {
        // 10,000 replicates x 100,000 ticks of the 112-participant workshop design.
        var scenario = Design(8, new RoleCounts(1, 1, 10, 2), new RoleCounts(1, 0, 1, 0), replicates: 10_000, ticks: 100_000);
        var warning = Assert.Single(ResourceGuard.Check(scenario, "demo.yaml", 2, 24 * GiB, strict: false));
        Assert.Equal("demo.yaml: this run would take about 50 days (10,000 replicates x 100,000 ticks x 112 participants at about 30 µs a participant-tick on 2 cores). " +
            "Fewer replicates, ticks or participants shorten it; --strict refuses such runs.", warning);
    }

    [Fact]
    public void A_run_longer_than_a_day_is_refused_when_strict()
    {
        var scenario = Design(8, new RoleCounts(1, 1, 10, 2), new RoleCounts(1, 0, 1, 0), replicates: 10_000, ticks: 100_000);
        var error = Assert.Throws<ScenarioException>(() => ResourceGuard.Check(scenario, "demo.yaml", 2, 24 * GiB, strict: true));
        Assert.Contains("Allowed with --strict: at most 24 hours; use fewer replicates, ticks or participants.", error.Message);
    }

    [Fact]
    public void A_run_that_fits_but_needs_more_than_half_the_memory_is_warned_about()
    {
        // A measured network of a million participants and no ties (the probe's GraphML): about 12 GiB for one replicate.
        var scenario = Design(1000, new RoleCounts(0, 0, 1000, 0), new RoleCounts(0, 0, 0, 0), graph: new ParticipantGraphSpec { Kind = ParticipantGraphKind.None });
        var warning = Assert.Single(ResourceGuard.Check(scenario, "big.yaml", 2, 24 * GiB, strict: false));
        Assert.Equal("big.yaml: this run needs about 12,352 MiB at its peak (1,000,000 participants, 0 ties, 1 replicate(s) at once), more than half of the 24,576 MiB available; " +
            "other programs on this machine will be short of memory while it runs. Fewer schools, staff or ties need less.", warning);
    }

    [Fact]
    public void A_run_of_a_few_minutes_passes_without_a_word()
    {
        var scenario = Design(8, new RoleCounts(1, 1, 10, 2), new RoleCounts(1, 0, 1, 0), replicates: 10, ticks: 104);
        Assert.Empty(ResourceGuard.Check(scenario, "demo.yaml", 2, 24 * GiB, strict: true));
    }
}
