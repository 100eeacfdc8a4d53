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

    /// <summary>Sorted, duplicate-free adjacency lists from undirected edges (ties of a node to itself dropped).</summary>
    public static int[][] ToAdjacency(int n, IEnumerable<(int A, int B)> edges)
    {
        var (start, contacts) = ToCompressed(n, edges);
        var lists = new int[n][];
        for (var i = 0; i < n; i++)
        {
            lists[i] = contacts[start[i]..start[i + 1]];
        }

        return lists;
    }

    /// <summary>
    /// The same adjacency compressed into one array: node i's contacts are <c>Contacts[Start[i] .. Start[i + 1] - 1]</c>,
    /// ascending and distinct.
    /// </summary>
    public static (int[] Start, int[] Contacts) ToCompressed(int n, IEnumerable<(int A, int B)> edges)
    {
        // Degrees first, then every node's ends in place in one array, each node's sorted and deduplicated where it
        // lies: no array per node (a participant graph's lists were copied into one array and dropped, a twentieth of a
        // replicate's start). The edges wait in chunks below the large-object heap's threshold rather than in one list
        // grown by doubling: at n = 10,000 that list put 0.9 MB a replicate on the large-object heap.
        var chunks = new List<(int A, int B)[]>();
        var chunk = new (int A, int B)[EdgeChunk];
        var used = 0;
        var start = new int[n + 1];
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
                start[a + 1]++;
                start[b + 1]++;
            }
        }

        for (var i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }

        var contacts = new int[start[n]];
        var next = start[..n];
        chunks.Add(chunk);
        for (var c = 0; c < chunks.Count; c++)
        {
            foreach (var (a, b) in chunks[c].AsSpan(0, c == chunks.Count - 1 ? used : EdgeChunk))
            {
                contacts[next[a]++] = b;
                contacts[next[b]++] = a;
            }
        }

        // Each node's ends sorted without repeats where they lie, then moved down to where the nodes before it end.
        var kept = 0;
        for (var i = 0; i < n; i++)
        {
            var from = start[i];
            var distinct = SortDistinct(contacts.AsSpan(from, start[i + 1] - from));
            contacts.AsSpan(from, distinct).CopyTo(contacts.AsSpan(kept));
            start[i] = kept;
            kept += distinct;
        }

        start[n] = kept;
        return (start, kept == contacts.Length ? contacts : contacts[..kept]);
    }

    /// <summary>Edges a chunk in <see cref="ToCompressed"/>: 64 KB, below the large-object heap's 85,000 bytes.</summary>
    private const int EdgeChunk = 8192;

    /// <summary><paramref name="values"/> sorted without repeats: the same array when it has none.</summary>
    public static int[] SortedDistinct(int[] values)
    {
        var m = SortDistinct(values);
        return m == values.Length ? values : values[..m];
    }

    /// <summary>Sorts <paramref name="values"/> and moves its distinct values to its front, ascending; returns their count.</summary>
    private static int SortDistinct(Span<int> values)
    {
        values.Sort();
        var m = 0;
        for (var k = 0; k < values.Length; k++)
        {
            if (m == 0 || values[k] != values[m - 1])
            {
                values[m++] = values[k];
            }
        }

        return m;
    }
}
