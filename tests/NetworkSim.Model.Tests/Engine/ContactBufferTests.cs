using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Engine;

/// <summary>
/// A school host keeps an array of contacts' states for each participant it calls (<see cref="SchoolScratch.Buffers"/>),
/// refilled tick after tick. A participant that is only asked whether it must step, and is not called, needs its
/// contacts' states for the question alone: at tick 0 of a textbook model nearly everyone is asked and few are called,
/// and a buffer each, kept for the whole run, was a twelfth of a replicate's start (docs/performance.md, Round 13).
/// </summary>
public class ContactBufferTests
{
    [Fact]
    public void Only_the_participants_a_school_calls_keep_an_array_of_their_contacts_states()
    {
        var run = new RunModel(TestScenarios.Small(facilitators: 0) with { Rules = new RuleSet { Kind = RuleKind.Threshold } }, 5);
        var (called, asked) = (0, 0);
        for (var school = 0; school < 6; school++)
        {
            var state = SchoolTick.Initial(run, school).Next;
            var scratch = new SchoolScratch(state.Staff);

            var plan = SchoolTick.Begin(run, state, TestTicks.Zero, new Dictionary<int, PeerState>(), buffers: scratch.Buffers);
            var everyone = SchoolTick.Begin(run, state, TestTicks.Zero, new Dictionary<int, PeerState>(), skipIdle: false);

            var calls = plan.Calls.ToDictionary(c => c.Local);
            for (var k = 0; k < state.Staff; k++)
            {
                if (calls.TryGetValue(k, out var call))
                {
                    Assert.Same(scratch.Buffers[k], call.Contacts);
                    // What it was called with are the states every participant reads when everyone is called.
                    Assert.Equal(everyone.Inputs[k]!.Length, call.Contacts.Length);
                    Assert.All(call.Contacts.Zip(everyone.Inputs[k]!), pair => Assert.Same(pair.Second, pair.First));
                    called++;
                }
                else
                {
                    Assert.Null(scratch.Buffers[k]);
                    asked++;
                }
            }
        }

        Assert.True(called > 0 && asked > 0, $"{called} called and {asked} only asked: the scenario should have both");
    }

    [Fact]
    public void A_participant_only_asked_counts_the_same_practising_contacts_as_one_called()
    {
        var run = new RunModel(TestScenarios.Small(facilitators: 0) with { Rules = new RuleSet { Kind = RuleKind.Threshold } }, 5);
        for (var school = 0; school < 6; school++)
        {
            var state = SchoolTick.Initial(run, school).Next;

            var pooled = SchoolTick.Begin(run, state, TestTicks.Zero, new Dictionary<int, PeerState>(), buffers: new SchoolScratch(state.Staff).Buffers);
            var everyone = SchoolTick.Begin(run, state, TestTicks.Zero, new Dictionary<int, PeerState>(), skipIdle: false);

            Assert.Equal(everyone.PractisingContacts, pooled.PractisingContacts);
        }
    }
}
