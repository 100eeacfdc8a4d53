namespace NetworkSim.Model.Network;

/// <summary>Descriptive statistics of the participant graph of a built network, as <c>summary.json</c> reports them.</summary>
public sealed record GraphStatistics(int Nodes, long Edges, double MeanDegree, int MaxDegree, double Clustering, int Components, int LargestComponent)
{
    public static GraphStatistics Of(BuiltNetwork network)
    {
        var n = network.ParticipantCount;
        var edges = network.Contacts.LongLength / 2;
        var maxDegree = n == 0 ? 0 : Enumerable.Range(0, n).Max(network.Degree);
        return new GraphStatistics(n, edges, n == 0 ? 0 : 2.0 * edges / n, maxDegree, ClusteringOf(network), ComponentsOf(network, out var largest), largest);
    }

    /// <summary>Mean local clustering coefficient (Watts and Strogatz 1998); nodes with fewer than two ties count as 0.</summary>
    public static double ClusteringOf(BuiltNetwork network)
    {
        var n = network.ParticipantCount;
        if (n == 0)
        {
            return 0;
        }

        var mark = new int[n];
        Array.Fill(mark, -1);
        double total = 0;
        for (var i = 0; i < n; i++)
        {
            var neighbours = network.ContactsOf(i);
            var k = neighbours.Length;
            if (k < 2)
            {
                continue;
            }

            foreach (var j in neighbours)
            {
                mark[j] = i;
            }

            long links = 0;
            foreach (var j in neighbours)
            {
                foreach (var m in network.ContactsOf(j))
                {
                    links += mark[m] == i ? 1 : 0;
                }
            }

            total += links / (double)((long)k * (k - 1));
        }

        return total / n;
    }

    /// <summary>Connected components by union–find.</summary>
    public static int ComponentsOf(BuiltNetwork network, out int largest)
    {
        var n = network.ParticipantCount;
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        for (var i = 0; i < n; i++)
        {
            foreach (var j in network.ContactsOf(i))
            {
                var (a, b) = (Find(i), Find(j));
                if (a != b)
                {
                    parent[a] = b;
                }
            }
        }

        var sizes = Enumerable.Range(0, n).GroupBy(Find).Select(g => g.Count()).ToArray();
        largest = sizes.Length == 0 ? 0 : sizes.Max();
        return sizes.Length;
    }
}
