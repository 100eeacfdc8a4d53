using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Network;

/// <summary>Generators of the school-level tie graph. Each is a pure function of the design and the seed.</summary>
public static class SchoolGraph
{
    /// <summary>The school graph as sorted, duplicate-free adjacency lists.</summary>
    public static int[][] Build(NetworkDesign design, ulong seed)
    {
        var n = design.SchoolCount;
        var edges = design.Structure switch
        {
            TieStructure.Complete => Complete(n),
            TieStructure.Clustered => Clustered(n, design.Clusters, design.Bridging, seed),
            TieStructure.Random => ErdosRenyi(n, n > 1 ? design.MeanDegree / (n - 1) : 0, seed),
            TieStructure.SmallWorld => WattsStrogatz(n, design.Neighbours, design.Rewiring, seed),
            TieStructure.HubAndSpoke => Enumerable.Range(1, Math.Max(0, n - 1)).Select(i => new SchoolTie(0, i)),
            TieStructure.EdgeList => design.Edges ?? [],
            _ => throw new ArgumentOutOfRangeException(nameof(design), design.Structure, "unknown tie structure"),
        };
        return ToAdjacency(n, edges);
    }

    public static IEnumerable<SchoolTie> Complete(int n)
    {
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                yield return new SchoolTie(a, b);
            }
        }
    }

    /// <summary>Consecutive blocks of schools form clusters, complete inside; other pairs tie with probability <paramref name="bridging"/>.</summary>
    public static IEnumerable<SchoolTie> Clustered(int n, int clusters, double bridging, ulong seed)
    {
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                var same = (long)a * clusters / n == (long)b * clusters / n;
                if (same || CounterRandom.Uniform(seed, Purpose.SchoolGraph, a, b) < bridging)
                {
                    yield return new SchoolTie(a, b);
                }
            }
        }
    }

    /// <summary>G(n, p) in time linear in n + edges (Batagelj and Brandes 2005, geometric skipping).</summary>
    public static IEnumerable<SchoolTie> ErdosRenyi(int n, double p, ulong seed)
    {
        if (p <= 0)
        {
            yield break;
        }

        if (p >= 1)
        {
            foreach (var tie in Complete(n))
            {
                yield return tie;
            }

            yield break;
        }

        var logq = Math.Log(1 - p);
        long v = 1, w = -1, draw = 0;
        while (v < n)
        {
            var r = CounterRandom.Uniform(seed, Purpose.SchoolGraph, -1, draw++);
            w += 1 + (long)Math.Floor(Math.Log(1 - r) / logq);
            while (w >= v && v < n)
            {
                w -= v;
                v++;
            }

            if (v < n)
            {
                yield return new SchoolTie((int)w, (int)v);
            }
        }
    }

    /// <summary>Watts–Strogatz: ring lattice with <paramref name="k"/> neighbours (k/2 each side), each tie rewired with probability <paramref name="rewiring"/>.</summary>
    public static IEnumerable<SchoolTie> WattsStrogatz(int n, int k, double rewiring, ulong seed)
    {
        var present = new HashSet<long>();
        var ties = new List<SchoolTie>();
        var half = Math.Min(k / 2, (n - 1) / 2);
        for (var a = 0; a < n; a++)
        {
            for (var j = 1; j <= half; j++)
            {
                var b = (a + j) % n;
                present.Add(Key(a, b));
                ties.Add(new SchoolTie(a, b));
            }
        }

        for (var t = 0; t < ties.Count; t++)
        {
            var (a, b) = (ties[t].A, ties[t].B);
            if (CounterRandom.Uniform(seed, Purpose.SchoolGraph, a, b) >= rewiring)
            {
                continue;
            }

            for (var attempt = 0; attempt < 32; attempt++)
            {
                var c = CounterRandom.Below(n, seed, Purpose.SchoolGraph, a, n + (long)b * 64 + attempt);
                if (c != a && !present.Contains(Key(a, c)))
                {
                    present.Remove(Key(a, b));
                    present.Add(Key(a, c));
                    ties[t] = new SchoolTie(a, c);
                    break;
                }
            }
        }

        return ties;
    }

    public static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private static int[][] ToAdjacency(int n, IEnumerable<SchoolTie> edges)
    {
        var sets = new SortedSet<int>[n];
        for (var i = 0; i < n; i++)
        {
            sets[i] = [];
        }

        foreach (var (a, b) in edges.Select(e => (e.A, e.B)))
        {
            if (a != b)
            {
                sets[a].Add(b);
                sets[b].Add(a);
            }
        }

        return sets.Select(s => s.ToArray()).ToArray();
    }
}
