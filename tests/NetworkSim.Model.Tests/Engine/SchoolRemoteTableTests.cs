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
    [Fact]
    public void A_school_at_tick_0_keeps_no_table_and_reads_its_remote_contacts_tick_0_states_from_the_run()
    {
        var run = new RunModel(TestScenarios.Small(8, TieStructure.SmallWorld), 5, contactsPerSchool: true);
        var remoteReads = 0;
        for (var school = 0; school < 8; school++)
        {
            var state = SchoolTick.Initial(run, school).Next;
            Assert.Empty(state.Remote);

            var plan = SchoolTick.Begin(run, state, TestTicks.Zero, new Dictionary<int, PeerState>(), skipIdle: false);
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
    public void States_other_schools_sent_replace_the_tick_0_states_contacts_read_in_a_table_sized_to_what_came()
    {
        var run = new RunModel(TestScenarios.Small(8, TieStructure.SmallWorld), 5, contactsPerSchool: true);
        var state = SchoolTick.Initial(run, 0).Next;
        // Ten: a table grown by doubling has 17 slots for them (3, 7, 17), one sized at once 11.
        var remote = state.Contacts.SelectMany(c => c).Where(j => run.Network.School[j] != 0).Distinct().Take(10).ToArray();
        Assert.Equal(10, remote.Length);
        var sent = remote.ToDictionary(j => j, j => run.InitialPeer(j) with { Engagement = 0.123 });

        var plan = SchoolTick.Begin(run, state, TestTicks.Zero, sent, skipIdle: false);

        for (var k = 0; k < state.Staff; k++)
        {
            for (var c = 0; c < state.Contacts[k].Length; c++)
            {
                if (sent.TryGetValue(state.Contacts[k][c], out var peer))
                {
                    Assert.Same(peer, plan.Inputs[k]![c]);
                }
            }
        }

        Assert.Equal(remote.Length, state.Remote.Count);
        Assert.Equal(11, state.Remote.EnsureCapacity(0));
    }
}
