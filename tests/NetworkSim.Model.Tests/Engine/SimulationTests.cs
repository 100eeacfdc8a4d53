using System.Text.Json;
using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Engine;

public class SimulationTests
{
    public static TheoryData<string> RuleSets => ["bass", "threshold", "threshold-spread", "threshold-noise", "cascade", "sir", "bounded-confidence", "improvement"];

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void Skipping_idle_participants_changes_nothing(string rules)
    {
        var scenario = Scenario(rules);
        var skipping = new Simulation(new RunModel(scenario, 3));
        var stepping = new Simulation(new RunModel(scenario, 3), skipIdle: false);
        var a = Drain(skipping);
        var b = Drain(stepping);
        Assert.Equal(Json(b), Json(a));
        Assert.NotEqual(Json([a[0]]), Json([a[^1] with { Tick = 0 }]));
        Assert.Equal((long)scenario.Ticks * 400, stepping.ParticipantSteps);
    }

    [Fact]
    public void The_classic_rule_sets_do_skip_idle_participants()
    {
        // Guards the test above: it proves nothing if no participant is ever skipped.
        foreach (var rules in new[] { "threshold", "cascade", "sir" })
        {
            var skipping = new Simulation(new RunModel(Scenario(rules), 3));
            Drain(skipping);
            Assert.True(skipping.ParticipantSteps < 20L * 400 / 2, $"{rules}: {skipping.ParticipantSteps} steps");
        }
    }

    [Fact]
    public void Under_threshold_rules_tick_0_steps_only_participants_with_an_initial_adopter_among_their_contacts()
    {
        var run = new RunModel(Scenario("threshold-noise") with { Rules = new RuleSet { Kind = RuleKind.Threshold, Threshold = 0.15 } }, 3);
        var exposed = Enumerable.Range(0, run.Network.ParticipantCount)
            .Count(i => !run.InitialAdopters[0].Contains(i) && run.Network.ContactsOf(i).ToArray().Any(run.InitialAdopters[0].Contains));
        var simulation = new Simulation(run);
        simulation.Step();
        Assert.InRange(exposed, 1, 40);
        Assert.Equal(exposed, simulation.ParticipantSteps);
    }

    [Fact]
    public void A_tick_in_which_nobody_changes_sends_no_state_from_school_to_school()
    {
        var simulation = new Simulation(new RunModel(Scenario("threshold"), 3));
        while (simulation.State.UnchangedFor < 2 && simulation.State.Tick < 100)
        {
            simulation.Step();
        }

        var sent = simulation.PeerStatesSent;
        Assert.True(sent > 0, "the cascade sent states while it spread");
        simulation.Step();
        Assert.Equal(sent, simulation.PeerStatesSent);
    }

    [Fact]
    public void The_reference_gives_the_same_run_twice_and_a_different_one_for_another_seed()
    {
        var scenario = TestScenarios.Small();
        var first = Json(Simulation.Run(scenario, 5));
        Assert.Equal(first, Json(Simulation.Run(scenario, 5)));
        Assert.NotEqual(first, Json(Simulation.Run(scenario, 6)));
        Assert.Equal(scenario.Ticks + 1, Simulation.Run(scenario, 5).Count);
    }

    [Fact]
    public void A_school_refuses_an_announcement_for_another_tick_than_the_one_it_holds()
    {
        var run = new RunModel(TestScenarios.Small(), 5);
        var school = SchoolTick.Initial(run, 1).Next;
        var tick = new NetworkTick(3, false, false, false, [0.0], 0, [], [0.0]);
        var error = Assert.Throws<InvalidOperationException>(() => SchoolTick.Begin(run, school, tick, new Dictionary<int, PeerState>()));
        Assert.Equal("School 1 holds tick 0 but was announced tick 3.", error.Message);
    }

    [Fact]
    public void A_participant_refuses_a_call_for_a_state_tick_it_does_not_hold_and_stamps_the_tick_it_computes()
    {
        var run = new RunModel(TestScenarios.Small(), 5);
        var state = InitialState.For(run, 4);
        var context = new SchoolContext(TestTicks.Zero, 0.5, 0);
        var contacts = ParticipantStep.ContactOrder(run, state).Select(j => InitialState.For(run, j).ToPeer(run.Network.InNetwork[j], 0)).ToArray();
        var stale = Assert.Throws<InvalidOperationException>(() => ParticipantTick.Step(run, state, new ParticipantCall(4, 2, context, contacts)));
        Assert.Equal("Participant 4 holds tick 0, but its school expected tick 2.", stale.Message);

        var outcome = ParticipantTick.Step(run, state, new ParticipantCall(4, 0, context, contacts));
        Assert.Equal(1, outcome.State.Tick);
        Assert.Equal(0, state.Tick);
        Assert.NotSame(state, outcome.State);
    }

    [Fact]
    public void A_participant_stepped_in_place_ends_where_a_stepped_copy_ends_and_is_the_state_it_was_given()
    {
        var run = new RunModel(TestScenarios.Small(), 5);
        var context = new SchoolContext(TestTicks.Zero, 0.5, 0);
        var state = InitialState.For(run, 4);
        var contacts = ParticipantStep.ContactOrder(run, state).Select(j => InitialState.For(run, j).ToPeer(run.Network.InNetwork[j], 0)).ToArray();
        var call = new ParticipantCall(4, 0, context, contacts);
        var copied = ParticipantTick.Step(run, state, call);

        var inPlace = ParticipantTick.StepInPlace(run, state, call);

        Assert.Same(state, inPlace.State);
        Assert.Equal(1, state.Tick);
        Assert.Equal(copied.State.Knowledge, state.Knowledge);
        Assert.Equal(copied.State.Trust, state.Trust);
        Assert.Equal(copied.State.Engagement, state.Engagement);
        Assert.Equal(copied.Report, inPlace.Report with { State = copied.Report.State, Events = copied.Report.Events });
        Assert.Equal(copied.Report.State.Knowledge, inPlace.Report.State.Knowledge);
        Assert.NotSame(state.Knowledge, inPlace.Report.State.Knowledge);
    }

    [Fact]
    public void A_school_sends_each_changed_participant_once_to_every_other_school_it_has_a_contact_in_by_school_then_staff_order()
    {
        var simulation = new Simulation(new RunModel(TestScenarios.Small(), 5));
        simulation.Step();
        var run = simulation.Model;
        var sent = 0;
        foreach (var school in simulation.Schools)
        {
            var expected = school.Changed
                .SelectMany(k => school.Contacts[k].Select(j => run.Network.School[j]).Where(other => other != school.School).Distinct()
                    .Select(other => (Other: other, Peer: school.Reports[k].State)))
                .GroupBy(s => s.Other).OrderBy(g => g.Key)
                .Select(g => (g.Key, string.Join(",", g.Select(s => s.Peer.Index))));

            var batches = SchoolOutbox.Of(run, school);

            Assert.Equal(expected, batches.Select(b => (b.ToSchool, string.Join(",", b.Peers.Select(p => p.Index)))));
            Assert.All(batches, b => Assert.Equal((school.School, school.Tick), (b.FromSchool, b.Tick)));
            sent += batches.Length;
        }

        Assert.True(sent > 0);
    }

    private static List<TickMetrics> Drain(Simulation simulation)
    {
        var ticks = new List<TickMetrics> { simulation.State.Last };
        while (!simulation.Finished)
        {
            ticks.Add(simulation.Step());
        }

        return ticks;
    }

    private static string Json(IEnumerable<TickMetrics> ticks) => JsonSerializer.Serialize(ticks);

    /// <summary>400 participants in four schools of 100 on an Erdős–Rényi graph of mean degree 6, under the named rule set.</summary>
    private static Scenario Scenario(string rules)
    {
        var (set, practice) = rules switch
        {
            "bass" => (new RuleSet { Kind = RuleKind.Bass, P = 0.03, Q = 0.4 }, new PracticeSpec { Name = "x" }),
            "threshold" => (new RuleSet { Kind = RuleKind.Threshold, Threshold = 0.15 }, new PracticeSpec { Name = "x", StartNeighbourhood = true }),
            // Thresholds from -0.15 to 0.45: some participants adopt at tick 0 with no adopting contact at all.
            "threshold-spread" => (new RuleSet { Kind = RuleKind.Threshold, Threshold = 0.15, ThresholdSpread = 0.3 }, new PracticeSpec { Name = "x", StartCount = 4 }),
            "threshold-noise" => (new RuleSet { Kind = RuleKind.Threshold, Threshold = 0.15, Noise = 0.01 }, new PracticeSpec { Name = "x", StartCount = 4 }),
            "cascade" => (new RuleSet { Kind = RuleKind.IndependentCascade, Transmissibility = 0.4 }, new PracticeSpec { Name = "x", StartCount = 3 }),
            "sir" => (new RuleSet { Kind = RuleKind.Sir, Beta = 0.15, Gamma = 0.2 }, new PracticeSpec { Name = "x", StartCount = 5 }),
            "bounded-confidence" => (new RuleSet { Kind = RuleKind.BoundedConfidence, Confidence = 0.3 }, new PracticeSpec { Name = "x" }),
            _ => (new RuleSet(), new PracticeSpec { Name = "x", StartSchools = ["S1"] }),
        };
        return new Scenario
        {
            Name = rules,
            Seed = 1,
            Replicates = 1,
            Ticks = 20,
            Network = new NetworkDesign
            {
                Schools = ["S1", "S2", "S3", "S4"],
                Staff = new RoleCounts(0, 0, 0, 100),
                Team = new RoleCounts(0, 0, 0, 100),
                ParticipantGraph = new ParticipantGraphSpec { Kind = ParticipantGraphKind.ErdosRenyi, MeanDegree = 6 },
            },
            Practices = [practice],
            Facilitators = new FacilitationSpec { Count = rules == "improvement" ? 1 : 0 },
            Rules = set,
        };
    }
}
