using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;

namespace NetworkSim.Model.Tests.Engine;

/// <summary>
/// A school lends each called participant the report it made two ticks before (<see cref="SchoolTick.Finish"/>), so
/// that reports are refilled rather than allocated a tick; nobody may still read one when it is refilled.
/// </summary>
public class ReportRecyclingTests
{
    [Fact]
    public void A_participant_refills_the_report_its_school_lends_it_with_what_a_new_report_would_hold()
    {
        var run = new RunModel(TestScenarios.Small(), 5);
        var context = new SchoolContext(TestTicks.Zero, 0.5, 0);
        var contacts = ParticipantStep.ContactOrder(run, InitialState.For(run, 4)).Select(j => InitialState.For(run, j).ToPeer(run.Network.InNetwork[j], 0)).ToArray();
        var call = new ParticipantCall(4, 0, context, contacts);
        var spare = ParticipantStep.Report(run, InitialState.For(run, 4), 0, [], droppedNow: false);
        var spareState = spare.State;
        var spareKnowledge = spareState.Knowledge;

        var fresh = ParticipantTick.StepInPlace(run, InitialState.For(run, 4), call);
        var refilled = ParticipantTick.StepInPlace(run, InitialState.For(run, 4), new ParticipantCall(4, 0, context, contacts, spare));

        Assert.Same(spare, refilled.Report);
        Assert.Same(spareState, refilled.Report.State);
        Assert.Same(spareKnowledge, refilled.Report.State.Knowledge);
        Assert.Equal(fresh.Report.State.Knowledge, refilled.Report.State.Knowledge);
        Assert.Equal(fresh.Report.State with { Knowledge = spareKnowledge }, refilled.Report.State);
        Assert.Equal(fresh.Report with { State = spareState }, refilled.Report);
    }

    [Fact]
    public void A_new_public_state_equal_to_the_old_keeps_the_object_other_schools_hold_and_the_new_one_becomes_spare()
    {
        var run = new RunModel(TestScenarios.Small(), 5);
        var school = SchoolTick.Initial(run, 0).Next;
        var spares = new ParticipantReport?[school.Staff];
        var plan = SchoolTick.Begin(run, school, TestTicks.Zero, new Dictionary<int, PeerState>(), spares: spares);
        Assert.True(plan.Calls.Length >= 2);
        var (unchanged, changed) = (plan.Calls[0].Local, plan.Calls[1].Local);
        var held = school.Reports.Select(r => r.State).ToArray();
        // Every participant reports its old public state again, as a new object; the second one with a new engagement.
        var outcomes = plan.Calls.Select(c => new ParticipantOutcome(school.Participants[c.Local], school.Reports[c.Local] with
        {
            State = c.Local == changed ? held[c.Local].Copy() with { Engagement = held[c.Local].Engagement + 0.25 } : held[c.Local].Copy(),
        }, null)).ToArray();
        var reported = outcomes.Select(o => o.Report.State).ToArray();
        var oldReports = school.Reports.ToArray();

        var next = SchoolTick.Finish(run, school, plan, outcomes, spares).Next;

        Assert.Same(held[unchanged], next.Reports[unchanged].State);
        Assert.Same(oldReports[unchanged], spares[unchanged]);
        Assert.Same(reported[0], spares[unchanged]!.State);
        Assert.DoesNotContain(unchanged, next.Changed);
        Assert.Same(reported[1], next.Reports[changed].State);
        Assert.Same(oldReports[changed], spares[changed]);
        Assert.Same(held[changed], spares[changed]!.State);
        Assert.Contains(changed, next.Changed);
    }

    [Fact]
    public void A_school_lends_a_spare_report_to_one_call_only()
    {
        var run = new RunModel(TestScenarios.Small(), 5);
        var school = SchoolTick.Initial(run, 0).Next;
        var spares = school.Reports.Select(r => (ParticipantReport?)(r with { State = r.State.Copy() })).ToArray();
        var lent = spares.ToArray();

        var plan = SchoolTick.Begin(run, school, TestTicks.Zero, new Dictionary<int, PeerState>(), spares: spares);

        Assert.All(plan.Calls, c => Assert.Same(lent[c.Local], c.Spare));
        Assert.All(plan.Calls, c => Assert.Null(spares[c.Local]));
    }

    [Fact]
    public void The_public_states_a_school_gives_out_stay_as_they_were_while_the_run_goes_on()
    {
        var simulation = new Simulation(new RunModel(TestScenarios.Small(), 5));
        simulation.Step();
        var given = simulation.Schools.Select(s => s.PublicStates()).ToArray();
        var values = given.Select(states => states.Select(Describe).ToArray()).ToArray();

        simulation.Step();
        simulation.Step();
        simulation.Step();

        Assert.Equal(values, given.Select(states => states.Select(Describe).ToArray()).ToArray());
        Assert.NotEqual(values, simulation.Schools.Select(s => s.PublicStates().Select(Describe).ToArray()).ToArray());
    }

    private static string Describe(PeerState p) =>
        $"{p.Index}:{string.Join('/', p.Knowledge.Select(BitConverter.DoubleToInt64Bits))}:{p.Practising}:{BitConverter.DoubleToInt64Bits(p.Engagement)}:{p.Active}:{p.Fresh}:{p.Recovered}:{BitConverter.DoubleToInt64Bits(p.Opinion)}";
}
