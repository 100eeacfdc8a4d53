using NetworkSim.Model.Randomness;

namespace NetworkSim.Model.Network;

/// <summary>
/// Seeded random-graph generators over nodes 0..n-1, each a pure function of its arguments. They yield undirected
/// edges (a, b) with a != b; callers remove duplicates. Used for the school graph and the participant graph.
/// </summary>
internal static class Graphs
{
    public static IEnumerable<(int A, int B)> Complete(int n)
    {
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                yield return (a, b);
            }
        }
    }

    /// <summary>G(n, p) in time linear in n + edges (Batagelj and Brandes 2005, geometric skipping).</summary>
    public static IEnumerable<(int A, int B)> ErdosRenyi(int n, double p, ulong seed, Purpose purpose)
    {
        if (p <= 0)
        {
            yield break;
        }

        if (p >= 1)
        {
            foreach (var edge in Complete(n))
            {
                yield return edge;
            }

            yield break;
        }

        var logq = Math.Log(1 - p);
        long v = 1, w = -1, draw = 0;
        while (v < n)
        {
            var r = CounterRandom.Uniform(seed, purpose, -1, draw++);
            w += 1 + (long)Math.Floor(Math.Log(1 - r) / logq);
            while (w >= v && v < n)
            {
                w -= v;
                v++;
            }

            if (v < n)
            {
                yield return ((int)w, (int)v);
            }
        }
    }

    /// <summary>Watts–Strogatz (1998): ring lattice with k neighbours (k/2 each side), each tie rewired with probability <paramref name="rewiring"/>.</summary>
    public static IEnumerable<(int A, int B)> WattsStrogatz(int n, int k, double rewiring, ulong seed, Purpose purpose)
    {
        var present = new HashSet<long>();
        var ties = new List<(int A, int B)>();
        var half = Math.Min(k / 2, (n - 1) / 2);
        for (var a = 0; a < n; a++)
        {
            for (var j = 1; j <= half; j++)
            {
                var b = (a + j) % n;
                present.Add(Key(a, b));
                ties.Add((a, b));
            }
        }

        for (var t = 0; t < ties.Count; t++)
        {
            var (a, b) = ties[t];
            if (CounterRandom.Uniform(seed, purpose, a, b) >= rewiring)
            {
                continue;
            }

            for (var attempt = 0; attempt < 32; attempt++)
            {
                var c = CounterRandom.Below(n, seed, purpose, a, n + (long)b * 64 + attempt);
                if (c != a && !present.Contains(Key(a, c)))
                {
                    present.Remove(Key(a, b));
                    present.Add(Key(a, c));
                    ties[t] = (a, c);
                    break;
                }
            }
        }

        return ties;
    }

    /// <summary>
    /// Barabási–Albert (1999): start from m + 1 nodes all tied, then each new node ties to m distinct earlier nodes
    /// chosen with probability proportional to degree (by drawing from the list of edge ends).
    /// </summary>
    public static IEnumerable<(int A, int B)> BarabasiAlbert(int n, int m, ulong seed, Purpose purpose)
    {
        var ends = new List<int>();
        var edges = new List<(int A, int B)>();
        var core = Math.Min(n, m + 1);
        foreach (var (a, b) in Complete(core))
        {
            edges.Add((a, b));
            ends.Add(a);
            ends.Add(b);
        }

        var chosen = new HashSet<int>();
        for (var v = core; v < n; v++)
        {
            chosen.Clear();
            for (var attempt = 0; chosen.Count < m && attempt < 64 * m; attempt++)
            {
                chosen.Add(ends[CounterRandom.Below(ends.Count, seed, purpose, v, attempt)]);
            }

            foreach (var u in chosen.Order())
            {
                edges.Add((u, v));
                ends.Add(u);
                ends.Add(v);
            }
        }

        return edges;
    }

    /// <summary>
    /// Stochastic block model: nodes in consecutive blocks (<paramref name="blockStart"/>, with a final sentinel);
    /// pairs in one block tie with probability <paramref name="within"/>, pairs in different blocks with <paramref name="between"/>.
    /// </summary>
    public static IEnumerable<(int A, int B)> StochasticBlock(int[] blockStart, double within, double between, ulong seed, Purpose purpose)
    {
        var n = blockStart[^1];
        var block = new int[n];
        for (var s = 0; s < blockStart.Length - 1; s++)
        {
            for (var i = blockStart[s]; i < blockStart[s + 1]; i++)
            {
                block[i] = s;
            }
        }

        // Every pair first gets the between-block chance; pairs within a block then get the rest of theirs,
        // (within - between) / (1 - between), so that each within pair ties with probability exactly `within`.
        foreach (var (a, b) in ErdosRenyi(n, Math.Min(between, within), seed, purpose))
        {
            yield return (a, b);
        }

        var top = between < within ? (within - between) / (1 - between) : 0;
        if (top <= 0 && between > within)
        {
            // Denser between blocks than within: generate the between-only surplus instead.
            var surplus = (between - within) / (1 - within);
            foreach (var (a, b) in ErdosRenyi(n, surplus, seed, purpose + 100))
            {
                if (block[a] != block[b])
                {
                    yield return (a, b);
                }
            }

            yield break;
        }

        for (var s = 0; s < blockStart.Length - 1; s++)
        {
            for (var a = blockStart[s]; a < blockStart[s + 1]; a++)
            {
                for (var b = a + 1; b < blockStart[s + 1]; b++)
                {
                    if (CounterRandom.Uniform(seed, purpose + 200, a, b) < top)
                    {
                        yield return (a, b);
                    }
                }
            }
        }
    }

    public static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
}
