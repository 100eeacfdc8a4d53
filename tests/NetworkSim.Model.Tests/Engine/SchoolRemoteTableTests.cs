using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Engine;

public class SchoolRemoteTableTests
{
    [Fact]
    public void A_school_at_tick_0_holds_its_remote_contacts_states_in_a_table_no_larger_than_they_need()
    {
        var run = new RunModel(TestScenarios.Small(8, TieStructure.SmallWorld), 5, contactsPerSchool: true);
        for (var school = 0; school < 8; school++)
        {
            var remote = SchoolTick.Initial(run, school).Next.Remote;

            Assert.NotEmpty(remote);
            // A table trimmed to its entries has the capacity a new one made for that count has.
            Assert.Equal(new Dictionary<int, PeerState>(remote.Count).EnsureCapacity(0), remote.EnsureCapacity(0));
        }
    }
}
