using NetworkSim.Model.Network;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Network;

public class NetworkBuilderTests
{
    [Fact]
    public void Each_school_has_its_staff_in_their_roles_and_sends_its_team()
    {
        var scenario = TestScenarios.Small(4);
        var network = NetworkBuilder.Build(scenario, 1);
        Assert.Equal(4 * 9, network.ParticipantCount);
        for (var s = 0; s < 4; s++)
        {
            var staff = Enumerable.Range(network.SchoolStart[s], network.StaffCount(s)).ToArray();
            Assert.All(staff, i => Assert.Equal(s, network.School[i]));
            Assert.Equal(1, staff.Count(i => network.Role[i] == Role.Leader));
            Assert.Equal(6, staff.Count(i => network.Role[i] == Role.Teacher));
            Assert.Equal(3, staff.Count(i => network.InNetwork[i]));
        }
    }

    [Fact]
    public void Only_network_members_of_tied_schools_have_cross_school_ties()
    {
        var network = NetworkBuilder.Build(TestScenarios.Small(5, TieStructure.HubAndSpoke), 1);
        for (var i = 0; i < network.ParticipantCount; i++)
        {
            foreach (var j in network.ContactsOf(i))
            {
                if (network.School[i] == network.School[j])
                {
                    continue;
                }

                Assert.True(network.InNetwork[i] && network.InNetwork[j]);
                Assert.Contains(network.School[j], network.SchoolNeighbours[network.School[i]]);
            }
        }
    }

    [Fact]
    public void Ties_are_symmetric_and_colleagues_all_know_each_other_by_default()
    {
        var network = NetworkBuilder.Build(TestScenarios.Small(3), 1);
        for (var i = 0; i < network.ParticipantCount; i++)
        {
            foreach (var j in network.ContactsOf(i))
            {
                Assert.Contains(i, network.ContactsOf(j).ToArray());
            }

            Assert.Equal(8, network.ContactsOf(i).ToArray().Count(j => network.School[j] == network.School[i]));
        }
    }

    [Fact]
    public void More_diverse_networks_have_schools_further_apart_in_expertise()
    {
        double MeanCrossSchoolDistance(double diversity)
        {
            var scenario = TestScenarios.Small(12);
            scenario = scenario with { Network = scenario.Network with { Diversity = diversity } };
            var network = NetworkBuilder.Build(scenario, 5);
            var leaders = Enumerable.Range(0, network.ParticipantCount).Where(i => network.Role[i] == Role.Leader).ToArray();
            return leaders.SelectMany(a => leaders.Where(b => b > a).Select(b => network.Distance(a, b))).Average();
        }

        Assert.True(MeanCrossSchoolDistance(0.9) > MeanCrossSchoolDistance(0.5));
        Assert.True(MeanCrossSchoolDistance(0.5) > MeanCrossSchoolDistance(0.0));
    }

    [Fact]
    public void Schools_are_shared_out_among_facilitators_in_equal_blocks()
    {
        var network = NetworkBuilder.Build(TestScenarios.Small(6, facilitators: 2), 1);
        Assert.Equal([0, 0, 0, 1, 1, 1], network.Facilitator);
        Assert.All(NetworkBuilder.Build(TestScenarios.Small(6, facilitators: 0), 1).Facilitator, f => Assert.Equal(-1, f));
    }
}
