using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Engine;

/// <summary>
/// A school's table of its remote contacts' states (<see cref="SchoolState.Remote"/>) holds only what other schools
/// sent: a remote contact with no state in it is at its tick-0 state, which the run computes once for every school
/// (<see cref="RunModel.InitialPeer"/>). At tick 0 a school therefore builds no table (on a random graph of 10,000
/// participants in 100 schools the tables were a sixth of a replicate's start).
/// </summary>
public class SchoolRemoteTableTests
{
    private static readonly NetworkTick TickZero = new(0, false, false, false, [0.0], 0, [], [0.0]);

    [Fact]
    public void A_school_at_tick_0_keeps_no_table_and_reads_its_remote_contacts_tick_0_states_from_the_run()
    {
        var run = new RunModel(TestScenarios.Small(8, TieStructure.SmallWorld), 5, contactsPerSchool: true);
        var remoteReads = 0;
        for (var school = 0; school < 8; school++)
        {
            var state = SchoolTick.Initial(run, school).Next;
            Assert.Empty(state.Remote);

            var plan = SchoolTick.Begin(run, state, TickZero, new Dictionary<int, PeerState>(), skipIdle: false);
            for (var k = 0; k < state.Staff; k++)
            {
                for (var c = 0; c < state.Contacts[k].Length; c++)
                {
                    var contact = state.Contacts[k][c];
                    if (run.Network.School[contact] != school)
                    {
                        Assert.Same(run.InitialPeer(contact), plan.Inputs[k]![c]);
                        remoteReads++;
                    }
                }
            }
        }

        Assert.True(remoteReads > 0, "the scenario has no tie between schools");
    }

    [Fact]
    public void A_state_another_school_sent_replaces_the_tick_0_state_its_contacts_read_in_a_table_sized_to_what_came()
    {
        var run = new RunModel(TestScenarios.Small(8, TieStructure.SmallWorld), 5, contactsPerSchool: true);
        var state = SchoolTick.Initial(run, 0).Next;
        var (k, c) = FirstRemoteContact(run, state);
        var contact = state.Contacts[k][c];
        var sent = run.InitialPeer(contact) with { Engagement = 0.123 };

        var plan = SchoolTick.Begin(run, state, TickZero, new Dictionary<int, PeerState> { [contact] = sent }, skipIdle: false);

        Assert.Same(sent, plan.Inputs[k]![c]);
        Assert.Same(sent, Assert.Single(state.Remote).Value);
        // A table given its first entries at once has the capacity a new one made for that count has, not a doubling's.
        Assert.Equal(new Dictionary<int, PeerState>(1).EnsureCapacity(0), state.Remote.EnsureCapacity(0));
        Assert.NotSame(sent, run.InitialPeer(contact));
    }

    private static (int Local, int Contact) FirstRemoteContact(RunModel run, SchoolState state)
    {
        for (var k = 0; k < state.Staff; k++)
        {
            for (var c = 0; c < state.Contacts[k].Length; c++)
            {
                if (run.Network.School[state.Contacts[k][c]] != state.School)
                {
                    return (k, c);
                }
            }
        }

        throw new InvalidOperationException($"School {state.School} has no contact in another school.");
    }
}
