using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;

namespace NetworkSim.Model.Tests.Engine;

/// <summary>
/// A school's tick makes new participant, contact and adoption arrays only when something in them changed
/// (<see cref="SchoolTick.Finish"/>): on one silo every participant is stepped in place, so the arrays a tick would
/// copy hold the same objects, and each copy outlived the tick (a quarter of what survived a collection at 160,000
/// participants, docs/performance.md, Round 10). The state before a tick must still hold what it held.
/// </summary>
public class SchoolArraySharingTests
{
    [Fact]
    public void A_tick_whose_participants_were_stepped_in_place_keeps_the_schools_participant_contact_and_adoption_arrays()
    {
        var run = new RunModel(TestScenarios.Small(), 5);
        var school = SchoolTick.Initial(run, 0).Next;
        var plan = SchoolTick.Begin(run, school, TestTicks.Zero, new Dictionary<int, PeerState>());
        Assert.NotEmpty(plan.Calls);
        var outcomes = plan.Calls.Select(c => new ParticipantOutcome(school.Participants[c.Local], school.Reports[c.Local], null)).ToArray();

        var next = SchoolTick.Finish(run, school, plan, outcomes).Next;

        Assert.Same(school.Participants, next.Participants);
        Assert.Same(school.Contacts, next.Contacts);
        Assert.Same(school.AdoptedTick, next.AdoptedTick);
    }

    [Fact]
    public void A_tick_that_replaces_a_state_or_contacts_or_records_an_adoption_copies_that_array_and_leaves_the_state_before_it_as_it_was()
    {
        var run = new RunModel(TestScenarios.Small(), 5);
        var school = SchoolTick.Initial(run, 0).Next;
        var plan = SchoolTick.Begin(run, school, TestTicks.Zero, new Dictionary<int, PeerState>());
        Assert.True(plan.Calls.Length >= 3);
        var (copied, rewired, adopter) = (plan.Calls[0].Local, plan.Calls[1].Local, plan.Calls[2].Local);
        var participantsBefore = school.Participants.ToArray();
        var contactsBefore = school.Contacts.ToArray();
        var adoptedBefore = school.AdoptedTick.ToArray();
        // As from a participant on another silo: a copy of its state; a new contact list; an adoption of practice 0.
        var copy = school.Participants[copied].Clone();
        int[] newContacts = [.. school.Contacts[rewired], school.First + copied];
        var adoption = new AdoptionEvent(1, school.First + adopter, 0, Adopted: true, Exposure: 1);
        var outcomes = plan.Calls.Select(c => new ParticipantOutcome(
            c.Local == copied ? copy : school.Participants[c.Local],
            c.Local == adopter ? school.Reports[c.Local] with { Events = [adoption] } : school.Reports[c.Local],
            c.Local == rewired ? newContacts : null)).ToArray();

        var next = SchoolTick.Finish(run, school, plan, outcomes).Next;

        Assert.NotSame(school.Participants, next.Participants);
        Assert.Same(copy, next.Participants[copied]);
        Assert.Equal(participantsBefore, school.Participants);
        Assert.NotSame(school.Contacts, next.Contacts);
        Assert.Same(newContacts, next.Contacts[rewired]);
        Assert.Equal(contactsBefore, school.Contacts);
        Assert.NotSame(school.AdoptedTick, next.AdoptedTick);
        Assert.Equal(1, next.AdoptedTick[adopter * run.PracticeCount]);
        Assert.Equal(adoptedBefore, school.AdoptedTick);
    }
}
