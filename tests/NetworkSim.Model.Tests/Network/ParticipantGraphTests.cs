using NetworkSim.Model.Agents;
using NetworkSim.Model.Network;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Network;

public class ParticipantGraphTests
{
    private static Scenario Population(ParticipantGraphSpec graph, int schools = 20, int staff = 100, PracticeSpec? practice = null) =>
        TestScenarios.Small() with
        {
            Network = new NetworkDesign
            {
                Schools = Enumerable.Range(1, schools).Select(i => $"S{i}").ToArray(),
                Staff = new RoleCounts(0, 0, 0, staff),
                Team = new RoleCounts(0, 0, 0, staff),
                ParticipantGraph = graph,
            },
            Practices = [practice ?? new PracticeSpec { Name = "p" }],
        };

    [Fact]
    public void A_stochastic_block_model_is_denser_within_schools_than_between_them()
    {
        // 20 schools of 100: within pairs 20 x 4,950, between pairs 1,800,000. Expected ties 4,950 and 1,800.
        var network = NetworkBuilder.Build(Population(new ParticipantGraphSpec { Kind = ParticipantGraphKind.StochasticBlock, Within = 0.05, Between = 0.001 }), 3);
        long within = 0, between = 0;
        for (var i = 0; i < network.ParticipantCount; i++)
        {
            foreach (var j in network.ContactsOf(i))
            {
                if (j > i)
                {
                    if (network.School[i] == network.School[j])
                    {
                        within++;
                    }
                    else
                    {
                        between++;
                    }
                }
            }
        }

        // Binomial sampling: allow 5 standard deviations (sqrt(4,950) ~ 70, sqrt(1,800) ~ 42).
        Assert.InRange(within, 4950 - 350, 4950 + 350);
        Assert.InRange(between, 1800 - 210, 1800 + 210);
    }

    [Fact]
    public void Without_a_participant_graph_nobody_is_tied()
    {
        var network = NetworkBuilder.Build(Population(new ParticipantGraphSpec { Kind = ParticipantGraphKind.None }), 3);
        Assert.Empty(network.Contacts);
        Assert.All(network.SchoolLinks, links => Assert.Empty(links));
    }

    [Fact]
    public void Schools_link_where_their_participants_have_contacts()
    {
        var network = NetworkBuilder.Build(Population(new ParticipantGraphSpec { Kind = ParticipantGraphKind.WattsStrogatz, Neighbours = 4 }, schools: 5, staff: 10), 3);
        Assert.Equal([1, 4], network.SchoolLinks[0]);
    }

    [Fact]
    public void Initial_adopters_can_be_a_count_ids_a_neighbourhood_or_the_best_connected()
    {
        var graph = new ParticipantGraphSpec { Kind = ParticipantGraphKind.BarabasiAlbert, Attachments = 2 };
        Assert.Equal(25, new RunModel(Population(graph, practice: new PracticeSpec { Name = "p", StartCount = 25 }), 1).InitialAdopters[0].Count);
        Assert.Equal([3, 7], new RunModel(Population(graph, practice: new PracticeSpec { Name = "p", StartIds = [3, 7] }), 1).InitialAdopters[0].Order());
        var neighbourhood = new RunModel(Population(graph, practice: new PracticeSpec { Name = "p", StartNeighbourhood = true }), 1);
        Assert.True(neighbourhood.InitialAdopters[0].Count >= 3);
        var best = new RunModel(Population(graph, practice: new PracticeSpec { Name = "p", StartHighestDegree = 5 }), 1);
        var degrees = Enumerable.Range(0, best.Network.ParticipantCount).Select(best.Network.Degree).OrderDescending().ToArray();
        Assert.All(best.InitialAdopters[0], i => Assert.True(best.Network.Degree(i) >= degrees[4]));
    }
}
