using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Network;

/// <summary>The school-level tie graph of a design: a pure function of the design and the seed.</summary>
public static class SchoolGraph
{
    /// <summary>The school graph as sorted, duplicate-free adjacency lists.</summary>
    public static int[][] Build(NetworkDesign design, ulong seed)
    {
        var n = design.SchoolCount;
        var edges = design.Structure switch
        {
            TieStructure.Complete => Graphs.Complete(n),
            TieStructure.Clustered => Clustered(n, design.Clusters, design.Bridging, seed),
            TieStructure.Random => Graphs.ErdosRenyi(n, n > 1 ? design.MeanDegree / (n - 1) : 0, seed, Purpose.SchoolGraph),
            TieStructure.SmallWorld => Graphs.WattsStrogatz(n, design.Neighbours, design.Rewiring, seed, Purpose.SchoolGraph),
            TieStructure.HubAndSpoke => Enumerable.Range(1, Math.Max(0, n - 1)).Select(i => (0, i)),
            TieStructure.EdgeList => (design.Edges ?? []).Select(e => (e.A, e.B)),
            _ => throw new ArgumentOutOfRangeException(nameof(design), design.Structure, "unknown tie structure"),
        };
        return ToAdjacency(n, edges);
    }

    /// <summary>Consecutive blocks of schools form clusters, complete inside; other pairs tie with probability <paramref name="bridging"/>.</summary>
    public static IEnumerable<(int A, int B)> Clustered(int n, int clusters, double bridging, ulong seed)
    {
        foreach (var (a, b) in Graphs.Complete(n))
        {
            var same = (long)a * clusters / n == (long)b * clusters / n;
            if (same || CounterRandom.Uniform(seed, Purpose.SchoolGraph, a, b) < bridging)
            {
                yield return (a, b);
            }
        }
    }

    public static long Key(int a, int b) => Graphs.Key(a, b);

    /// <summary>Sorted, duplicate-free adjacency lists from undirected edges.</summary>
    public static int[][] ToAdjacency(int n, IEnumerable<(int A, int B)> edges)
    {
        var lists = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            lists[i] = [];
        }

        foreach (var (a, b) in edges)
        {
            if (a != b)
            {
                lists[a].Add(b);
                lists[b].Add(a);
            }
        }

        return lists.Select(l => l.Distinct().Order().ToArray()).ToArray();
    }
}
