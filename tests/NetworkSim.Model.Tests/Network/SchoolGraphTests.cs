using NetworkSim.Model.Network;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Network;

public class SchoolGraphTests
{
    private static int[][] Build(NetworkDesign design, ulong seed = 3) => SchoolGraph.Build(design, seed);

    private static NetworkDesign Design(int schools, TieStructure structure) => TestScenarios.Small(schools, structure).Network;

    [Fact]
    public void A_complete_network_ties_every_pair_of_schools()
    {
        var graph = Build(Design(12, TieStructure.Complete));
        Assert.All(graph, neighbours => Assert.Equal(11, neighbours.Length));
    }

    [Fact]
    public void Hub_and_spoke_ties_every_school_to_the_hub_only()
    {
        var graph = Build(Design(10, TieStructure.HubAndSpoke));
        Assert.Equal(9, graph[0].Length);
        Assert.All(graph.Skip(1), neighbours => Assert.Equal([0], neighbours));
    }

    [Fact]
    public void Clustered_schools_are_complete_inside_their_cluster()
    {
        var design = Design(12, TieStructure.Clustered) with { Clusters = 3, Bridging = 0 };
        var graph = Build(design);
        Assert.All(graph, neighbours => Assert.Equal(3, neighbours.Length));
        Assert.Equal([1, 2, 3], graph[0]);
    }

    [Fact]
    public void Erdos_renyi_mean_degree_is_within_sampling_error()
    {
        // n = 2,000 schools, mean degree 8: the realised mean degree has sd ~ sqrt(2 c / n) ~ 0.09; allow 5 sd.
        var design = Design(2000, TieStructure.Random) with { MeanDegree = 8 };
        var graph = Build(design);
        Assert.InRange(graph.Average(n => n.Length), 8 - 0.45, 8 + 0.45);
    }

    [Fact]
    public void A_small_world_without_rewiring_is_a_ring_lattice_with_its_known_clustering()
    {
        // Watts–Strogatz with p = 0: clustering 3(k - 2) / (4(k - 1)) = 0.5 for k = 4, exactly.
        var design = Design(100, TieStructure.SmallWorld) with { Neighbours = 4, Rewiring = 0 };
        var graph = Build(design);
        Assert.All(graph, neighbours => Assert.Equal(4, neighbours.Length));
        Assert.Equal(3.0 * (4 - 2) / (4 * (4 - 1)), Clustering(graph), 12);
    }

    [Fact]
    public void Rewiring_keeps_the_number_of_ties()
    {
        var design = Design(100, TieStructure.SmallWorld) with { Neighbours = 6, Rewiring = 0.3 };
        Assert.Equal(300, Build(design).Sum(n => n.Length) / 2);
    }

    [Fact]
    public void The_same_seed_builds_the_same_graph_and_another_seed_another()
    {
        var design = Design(200, TieStructure.Random) with { MeanDegree = 4 };
        Assert.Equal(Build(design, 1), Build(design, 1));
        Assert.NotEqual(Build(design, 1), Build(design, 2));
    }

    private static double Clustering(int[][] graph)
    {
        double total = 0;
        foreach (var neighbours in graph)
        {
            var links = 0;
            foreach (var a in neighbours)
            {
                foreach (var b in neighbours)
                {
                    links += a < b && graph[a].Contains(b) ? 1 : 0;
                }
            }

            var k = neighbours.Length;
            total += k < 2 ? 0 : links / (k * (k - 1) / 2.0);
        }

        return total / graph.Length;
    }

    [Theory]
    [InlineData(50, 300, true)]
    [InlineData(2_000, 8_192, false)]
    [InlineData(2_000, 8_193, false)]
    [InlineData(3_000, 20_000, true)]
    public void Adjacency_from_many_edges_lists_each_nodes_distinct_neighbours_ascending_in_lists_and_in_one_array(int n, int count, bool loops)
    {
        // Exactly one chunk of edges (8,192) and one more, as well as within one and past two; with repeated edges,
        // and with ties of a node to itself where asked (those are dropped, so they would blur the chunk's edge).
        var random = new Random(n + count);
        var edges = Enumerable.Range(0, count).Select(_ =>
        {
            var a = random.Next(n);
            return (A: a, B: loops ? random.Next(n) : (a + 1 + random.Next(n - 1)) % n);
        }).ToArray();
        var expected = Enumerable.Range(0, n).Select(i => edges.Where(e => e.A != e.B && (e.A == i || e.B == i))
            .Select(e => e.A == i ? e.B : e.A).Distinct().Order().ToArray()).ToArray();

        var adjacency = SchoolGraph.ToAdjacency(n, edges);
        var (start, contacts) = SchoolGraph.ToCompressed(n, edges);

        Assert.Equal(expected, adjacency);
        Assert.Equal(n + 1, start.Length);
        Assert.Equal(expected, Enumerable.Range(0, n).Select(i => contacts[start[i]..start[i + 1]]).ToArray());
        Assert.Equal(start[n], contacts.Length);
    }
}
