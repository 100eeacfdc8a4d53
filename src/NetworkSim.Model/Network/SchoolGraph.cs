using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Network;

/// <summary>The school-level tie graph of a design: a pure function of the design and the seed.</summary>
internal static class SchoolGraph
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
        // Degrees first, then one exact array per node (sorted and deduplicated in place): no list or set per node.
        // The edges wait in chunks below the large-object heap's threshold rather than in one list grown by doubling:
        // at n = 10,000 that list put 0.9 MB a replicate on the large-object heap, whose budget brings full collections.
        var chunks = new List<(int A, int B)[]>();
        var chunk = new (int A, int B)[EdgeChunk];
        var used = 0;
        var degree = new int[n];
        foreach (var (a, b) in edges)
        {
            if (a != b)
            {
                if (used == EdgeChunk)
                {
                    chunks.Add(chunk);
                    chunk = new (int A, int B)[EdgeChunk];
                    used = 0;
                }

                chunk[used++] = (a, b);
                degree[a]++;
                degree[b]++;
            }
        }

        var lists = new int[n][];
        for (var i = 0; i < n; i++)
        {
            lists[i] = degree[i] == 0 ? [] : new int[degree[i]];
            degree[i] = 0;
        }

        chunks.Add(chunk);
        for (var c = 0; c < chunks.Count; c++)
        {
            var ends = chunks[c].AsSpan(0, c == chunks.Count - 1 ? used : EdgeChunk);
            foreach (var (a, b) in ends)
            {
                lists[a][degree[a]++] = b;
                lists[b][degree[b]++] = a;
            }
        }

        for (var i = 0; i < n; i++)
        {
            lists[i] = SortedDistinct(lists[i]);
        }

        return lists;
    }

    /// <summary>Edges a chunk in <see cref="ToAdjacency"/>: 64 KB, below the large-object heap's 85,000 bytes.</summary>
    private const int EdgeChunk = 8192;

    /// <summary><paramref name="values"/> sorted without repeats: the same array when it has none.</summary>
    public static int[] SortedDistinct(int[] values)
    {
        Array.Sort(values);
        var m = 0;
        for (var k = 0; k < values.Length; k++)
        {
            if (m == 0 || values[k] != values[m - 1])
            {
                values[m++] = values[k];
            }
        }

        return m == values.Length ? values : values[..m];
    }
}
