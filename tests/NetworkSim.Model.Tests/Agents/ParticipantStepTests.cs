using NetworkSim.Model.Agents;
using NetworkSim.Model.Parameters;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Agents;

public class ParticipantStepTests
{
    private static readonly NetworkTick Quiet = new(0, Convening: false, ExpertInput: false, SiteVisit: false, [0.1], 1, [], [0]);

    [Fact]
    public void A_start_school_team_practises_from_tick_zero_with_full_knowledge()
    {
        var run = new RunModel(TestScenarios.Small(), 3);
        var network = run.Network;
        for (var i = network.SchoolStart[0]; i < network.SchoolStart[1]; i++)
        {
            var state = InitialState.For(run, i);
            Assert.Equal(network.InNetwork[i], state.Practises(0));
            Assert.Equal(network.InNetwork[i] ? 0 : -1, state.AdoptedTick[0]);
        }

        Assert.False(InitialState.For(run, network.SchoolStart[1]).Practises(0));
    }

    [Fact]
    public void Nobody_adopts_without_trusted_adopters_among_contacts()
    {
        // Everyone knows the practice fully but no contact practises it: social proof 1 is never met.
        var run = new RunModel(TestScenarios.Small() with { Practices = [new PracticeSpec { Name = "p", SocialProof = 1 }] }, 3);
        for (var tick = 0; tick < 30; tick++)
        {
            var state = Learned(run, 20);
            var contacts = Contacts(run, state, practising: 0UL);
            var report = ParticipantStep.Advance(run, state, contacts, new SchoolContext(Quiet with { Tick = tick }, 1, 0));
            Assert.Empty(report.Events);
        }
    }

    [Fact]
    public void A_participant_surrounded_by_trusted_adopters_adopts_at_the_adoption_rate()
    {
        // Every colleague practises: 8 colleagues x trust 0.5 = 4 trusted adopters >= social proof 1.
        // With full support the chance is adoption.rate = 0.15 per tick; over 2,000 independent ticks the
        // share adopting is within 4 standard errors (~0.032) of 0.15. No facilitator, whose help in applying learning
        // would raise it (FacilitationIntoPracticeTests).
        var run = new RunModel(TestScenarios.Small() with { Practices = [new PracticeSpec { Name = "p", SocialProof = 1 }], Facilitators = new FacilitationSpec { Count = 0 } }, 3);
        var adopted = 0;
        const int trials = 2000;
        for (var tick = 0; tick < trials; tick++)
        {
            var state = Learned(run, 20);
            var report = ParticipantStep.Advance(run, state, Contacts(run, state, practising: 1UL), new SchoolContext(Quiet with { Tick = tick }, 1, 0));
            adopted += report.Events.Count(e => e.Adopted);
        }

        Assert.InRange(adopted / (double)trials, 0.15 - 0.032, 0.15 + 0.032);
    }

    [Fact]
    public void Advancing_the_same_state_with_the_same_inputs_gives_the_same_result()
    {
        var run = new RunModel(TestScenarios.Small(), 3);
        var a = InitialState.For(run, 20);
        var b = InitialState.For(run, 20);
        var context = new SchoolContext(Quiet with { Convening = true, Tick = 4 }, 0.5, 0);
        var ra = ParticipantStep.Advance(run, a, Contacts(run, a, 1UL), context);
        var rb = ParticipantStep.Advance(run, b, Contacts(run, b, 1UL), context);
        Assert.Equal(a.Knowledge, b.Knowledge);
        Assert.Equal(a.Trust, b.Trust);
        Assert.Equal(ra.State.Engagement, rb.State.Engagement);
    }

    [Fact]
    public void A_brokered_tie_becomes_a_contact_with_the_brokered_trust()
    {
        var run = new RunModel(TestScenarios.Small(), 3);
        var state = InitialState.For(run, 20);
        var before = ParticipantStep.ContactOrder(run, state).Count();
        var tie = new BrokeredTie(20, 50, 4);
        ParticipantStep.Advance(run, state, Contacts(run, state, 0UL), new SchoolContext(Quiet with { Tick = 4, NewTies = [tie] }, 0.5, 0));
        Assert.Equal(before + 1, ParticipantStep.ContactOrder(run, state).Count());
        Assert.Equal(50, ParticipantStep.ContactOrder(run, state).Last());
        Assert.Equal(run.Parameters.Facilitation.BrokeredTrust, state.Trust[^1]);
        Assert.Equal(5, state.BrokeredTick[0]);
    }

    [Fact]
    public void One_who_gave_a_practice_up_does_not_take_it_up_again_without_a_cause_and_does_with_one()
    {
        // Adoption is certain once eligible (rate 1, support irrelevant, no knowledge needed, no visible benefit, a threshold of 0.2 for all),
        // so only the cause decides. Participant 20 (a teacher back home at school S3) gave the practice up when a share of
        // 0.4 of its trusted contacts practised and its school's support was 0.5.
        var parameters = new ModelParameters
        {
            Adoption = new AdoptionParameters { Rate = 1, UnsupportedFactor = 1, ThresholdSpread = 0, ReadoptionMargin = 0.25 },
            BackHome = new BackHomeParameters { Discontinuance = 0 },
        };
        var run = new RunModel(TestScenarios.Small(parameters: parameters, facilitators: 0) with { Practices = [new PracticeSpec { Name = "p", Complexity = 0, Threshold = 0.2, Visibility = 0 }] }, 3);
        var contacts = ParticipantStep.ContactOrder(run, InitialState.For(run, 20)).ToArray();
        ParticipantReport Step(int practising, double support, int tick)
        {
            var state = InitialState.For(run, 20);
            for (var c = 0; c < state.Trust.Count; c++)
            {
                state.Trust[c] = 1;
            }

            state.GaveUpProof[0] = 0.4;
            state.GaveUpSupport[0] = 0.5;
            var peers = contacts.Select((j, c) => new PeerState(j, [1], c < practising ? 1UL : 0, 0.7, run.Network.InNetwork[j])).ToArray();
            return ParticipantStep.Advance(run, state, peers, new SchoolContext(Quiet with { Tick = tick }, support, 0));
        }

        var n = contacts.Length;
        var asThen = (int)Math.Ceiling(0.4 * n);
        for (var tick = 0; tick < 50; tick++)
        {
            Assert.Empty(Step(asThen, 0.5, tick).Events);
        }

        Assert.Contains(Step(n, 0.5, 0).Events, e => e.Adopted);
        Assert.Contains(Step(asThen, 0.7, 0).Events, e => e.Adopted);
    }

    private static ParticipantState Learned(RunModel run, int index)
    {
        var state = InitialState.For(run, index);
        state.Knowledge[0] = 1;
        return state;
    }

    private static PeerState[] Contacts(RunModel run, ParticipantState state, ulong practising) =>
        ParticipantStep.ContactOrder(run, state)
            .Select(j => new PeerState(j, [0.5], practising, 0.7, run.Network.InNetwork[j]))
            .ToArray();
}
