using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Network;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Network;

public class ContactSlicesTests
{
    [Fact]
    public void A_run_model_held_per_school_builds_the_contacts_of_the_school_it_starts_and_of_no_other()
    {
        var run = new RunModel(TestScenarios.Small(8, TieStructure.SmallWorld, facilitators: 2), 5, contactsPerSchool: true);
        var slices = run.Network.Slices!;
        Assert.Empty(slices.Held);

        SchoolTick.Initial(run, 2);
        FacilitatorTick.Initial(run, 1);

        Assert.Equal([2], slices.Held);
        Assert.Throws<InvalidOperationException>(() => run.Network.Contacts);
    }

    [Fact]
    public void A_run_model_that_holds_the_whole_graph_has_no_slices()
    {
        var run = new RunModel(TestScenarios.Small(4), 5);
        Assert.Null(run.Network.Slices);
        Assert.Equal(run.Network.ContactStart[^1], run.Network.Contacts.Length);
    }

    [Theory]
    [InlineData(TieStructure.Complete, 0)]
    [InlineData(TieStructure.SmallWorld, 0)]
    [InlineData(TieStructure.Random, 3)]
    public void Each_school_slice_holds_the_whole_builds_contacts_of_its_participants(TieStructure structure, int colleagues)
    {
        var scenario = TestScenarios.Small(10, structure);
        scenario = scenario with { Network = scenario.Network with { Colleagues = colleagues } };
        var whole = NetworkBuilder.Build(scenario, 9);
        var perSchool = NetworkBuilder.Build(scenario, 9, perSchool: true);
        for (var i = 0; i < whole.ParticipantCount; i++)
        {
            Assert.Equal(whole.ContactsOf(i).ToArray(), perSchool.ContactsOf(i).ToArray());
            Assert.Equal(whole.Degree(i), perSchool.Degree(i));
        }
    }

    [Fact]
    public void A_facilitator_knows_the_ties_that_touch_its_schools_only_and_the_same_ones_from_either_build()
    {
        var scenario = TestScenarios.Small(9, TieStructure.Complete, facilitators: 3);
        var whole = new RunModel(scenario, 4);
        var perSchool = new RunModel(scenario, 4, contactsPerSchool: true);
        for (var f = 0; f < 3; f++)
        {
            var tied = FacilitatorTick.Initial(whole, f).Tied;
            Assert.Equal(tied.Order(), FacilitatorTick.Initial(perSchool, f).Tied.Order());
            // Three served schools of nine, tied to all eight others: 3 members x 8 schools x 3 members each, less the
            // ties among its own three schools counted once rather than twice.
            Assert.Equal(3 * 8 * 3 * 3 - 3 * 3 * 3, tied.Count);
        }
    }
}
