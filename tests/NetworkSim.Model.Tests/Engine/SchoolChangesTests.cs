using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Engine;

/// <summary>
/// Which participants a school's tick asks again (<see cref="SchoolChanges.Dirty"/>). Under the networked-improvement
/// model every participant needs a step every tick, so all are asked again, and marking the watchers of every changed
/// state (nearly all of them) only cost time (2.2 % of the reference's tick of the large network, Round 12).
/// </summary>
public class SchoolChangesTests
{
    [Fact]
    public void A_school_whose_participants_all_needed_a_step_asks_every_one_again_without_marking_watchers()
    {
        var simulation = new Simulation(new RunModel(TestScenarios.Small(), 5));
        simulation.Step();
        var state = simulation.Schools[0];
        Assert.DoesNotContain(false, state.NeededStep!);
        Assert.NotEmpty(state.Changed);

        Assert.Null(SchoolChanges.Dirty(state, new Dictionary<int, PeerState>(), everyone: false));
        Assert.Null(state.Watchers);
    }

    [Fact]
    public void A_school_with_participants_that_needed_no_step_asks_again_only_those_a_change_reaches()
    {
        var simulation = new Simulation(new RunModel(TestScenarios.Small(facilitators: 0) with { Rules = new RuleSet { Kind = RuleKind.Threshold } }, 5));
        simulation.Step();
        var state = simulation.Schools.First(s => s.NeededStep!.Contains(false));

        var dirty = SchoolChanges.Dirty(state, new Dictionary<int, PeerState>(), everyone: false);

        Assert.NotNull(dirty);
        Assert.All(state.Changed, k => Assert.True(dirty[k]));
    }

    [Fact]
    public void A_school_builds_its_watcher_index_only_when_a_participant_needed_no_step()
    {
        var improvement = new Simulation(new RunModel(TestScenarios.Small(), 5));
        var threshold = new Simulation(new RunModel(TestScenarios.Small(facilitators: 0) with { Rules = new RuleSet { Kind = RuleKind.Threshold } }, 5));
        Assert.All(improvement.Schools.Concat(threshold.Schools), s => Assert.Null(s.Watchers));

        for (var t = 0; t < 3; t++)
        {
            improvement.Step();
            threshold.Step();
        }

        Assert.All(improvement.Schools, s => Assert.Null(s.Watchers));
        // Built from the contacts once a participant needed no step (at tick 0 under the textbook models).
        var built = threshold.Schools.Where(s => s.Watchers is not null).ToArray();
        Assert.NotEmpty(built);
        Assert.All(built, s =>
        {
            var expected = WatcherIndex.Of(s.Contacts);
            Assert.Equal(expected.Keys, s.Watchers!.Keys);
            Assert.Equal(expected.Start, s.Watchers.Start);
            Assert.Equal(expected.Locals, s.Watchers.Locals);
        });
    }

    [Fact]
    public void A_textbook_school_builds_its_watcher_index_at_tick_0_in_a_replicates_start_once_a_participant_needs_no_step()
    {
        var run = new RunModel(TestScenarios.Small(facilitators: 0) with { Rules = new RuleSet { Kind = RuleKind.Threshold } }, 5);
        var tickZero = TestTicks.Zero;
        for (var school = 0; school < 6; school++)
        {
            var state = SchoolTick.Initial(run, school).Next;

            var plan = SchoolTick.Begin(run, state, tickZero, new Dictionary<int, PeerState>());

            Assert.Equal(plan.NeededStep.Contains(false), state.Watchers is not null);
            if (state.Watchers is { } built)
            {
                Assert.Equal(WatcherIndex.Of(state.Contacts).Locals, built.Locals);
            }
        }
    }
}
