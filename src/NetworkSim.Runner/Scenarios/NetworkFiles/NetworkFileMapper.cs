using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Files;

namespace NetworkSim.Runner.Scenarios.NetworkFiles;

/// <summary>
/// Maps what a network file held onto participants: checks every tie's ends, merges duplicates (warned), gives
/// nodes without a school one school per connected group or the named default, and numbers participants school by
/// school (schools in order of their first node, nodes in file order), keeping each one's original id.
/// </summary>
internal static class NetworkFileMapper
{
    /// <param name="tiesFile">The file the ties came from, for messages.</param>
    /// <param name="nodesFile">The file the nodes came from (the node table, or the GraphML file itself); null for a bare edge list.</param>
    public static ImportedNetwork? Map(NetworkFileContent content, string tiesFile, string? nodesFile, string? defaultSchool, NetworkFileLog log)
    {
        var before = log.ProblemCount;
        var nodes = content.Nodes ?? [];
        var index = new Dictionary<string, int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            index[nodes[i].Id] = i;
        }

        var ends = new List<(int A, int B, double? Weight)>();
        var firstSeen = new Dictionary<(int, int), (int Line, int A)>();
        var duplicates = new List<(int Line, int First)>();
        var unknown = 0;
        foreach (var tie in content.Ties)
        {
            var a = Node(tie.A, tie.Line);
            var b = Node(tie.B, tie.Line);
            if (a < 0 || b < 0)
            {
                continue;
            }

            if (a == b)
            {
                log.Problem(tiesFile, tie.Line, "tie", $"{InputText.Quote(tie.A)} is tied to itself. Allowed: ties between two different nodes (in networkx: g.remove_edges_from(list(nx.selfloop_edges(g)))).");
                continue;
            }

            var key = (Math.Min(a, b), Math.Max(a, b));
            if (firstSeen.TryGetValue(key, out var first))
            {
                // A directed file read with symmetrise: the tie back (b -> a after a -> b) is the same undirected tie, not a repeat.
                if (!(content.Directed && first.A != a))
                {
                    duplicates.Add((tie.Line, first.Line));
                }

                continue;
            }

            firstSeen[key] = (tie.Line, a);
            ends.Add((key.Item1, key.Item2, tie.Weight));
        }

        if (unknown > 10)
        {
            log.Problem(tiesFile, null, "tie", $"{unknown} ties name nodes that {nodesFile} does not list (the first 10 are shown above).");
        }

        if (duplicates.Count > 0)
        {
            var listed = string.Join(", ", duplicates.Take(10).Select(d => $"line {d.Line} repeats line {d.First}"));
            log.Warning(tiesFile, duplicates[0].Line, "tie", (duplicates.Count == 1 ? "1 duplicate tie, merged into the first" : $"{duplicates.Count} duplicate ties, each merged into its first") +
                $" (whose weight is kept): {listed}{(duplicates.Count > 10 ? ", ..." : "")}.");
        }

        var roles = new Role[nodes.Count];
        var members = new bool[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            roles[i] = ParseRole(nodes[i], nodesFile!, log);
            members[i] = ParseMembership(nodes[i], nodesFile!, log);
        }

        if (log.ProblemCount > before)
        {
            return null;
        }

        var (schoolOf, from) = Schools(nodes, ends, defaultSchool);
        return Numbered(tiesFile, nodes, schoolOf, roles, members, ends, content.HasWeights, from);

        int Node(string id, int line)
        {
            if (index.TryGetValue(id, out var i))
            {
                return i;
            }

            if (content.Nodes is not null)
            {
                if (++unknown <= 10)
                {
                    log.Problem(tiesFile, line, "tie", $"node {InputText.Quote(id)} is not in {nodesFile}. Allowed: nodes {nodesFile} lists ({Names(nodes)}).");
                }

                return -1;
            }

            // A bare edge list: its nodes are the ends of its ties, in order of first appearance.
            index[id] = nodes.Count;
            nodes.Add(new FileNode(id, null, null, null, line));
            return nodes.Count - 1;
        }
    }

    private static ImportedNetwork Numbered(string file, List<FileNode> nodes, string[] schoolOf, Role[] roles, bool[] members,
        List<(int A, int B, double? Weight)> ends, bool weighted, string from)
    {
        var schoolNames = schoolOf.Distinct().ToList();
        var schoolIndex = schoolNames.Select((name, s) => (name, s)).ToDictionary(p => p.name, p => p.s);
        var sizes = new int[schoolNames.Count];
        foreach (var name in schoolOf)
        {
            sizes[schoolIndex[name]]++;
        }

        var order = Enumerable.Range(0, nodes.Count).OrderBy(i => schoolIndex[schoolOf[i]]).ThenBy(i => i).ToArray();
        var participant = new int[nodes.Count];
        for (var p = 0; p < order.Length; p++)
        {
            participant[order[p]] = p;
        }

        var ties = ends.Select(e => (A: Math.Min(participant[e.A], participant[e.B]), B: Math.Max(participant[e.A], participant[e.B]), e.Weight))
            .OrderBy(t => t.A).ThenBy(t => t.B).ToArray();
        var largest = weighted && ties.Length > 0 ? ties.Max(t => t.Weight ?? 0) : 0;
        return new ImportedNetwork
        {
            File = file,
            Ids = order.Select(i => nodes[i].Id).ToArray(),
            SchoolNames = schoolNames.ToArray(),
            SchoolSizes = sizes,
            Roles = order.Select(i => roles[i]).ToArray(),
            InNetwork = order.Select(i => members[i]).ToArray(),
            TieA = ties.Select(t => t.A).ToArray(),
            TieB = ties.Select(t => t.B).ToArray(),
            TieTrust = weighted ? ties.Select(t => (t.Weight ?? largest) / largest).ToArray() : null,
            SchoolsFrom = from,
        };
    }

    /// <summary>Each node's school: its own, else the default school, else one school per connected group (group-1, group-2, ... in order of their first node).</summary>
    private static (string[] SchoolOf, string From) Schools(List<FileNode> nodes, List<(int A, int B, double? Weight)> ends, string? defaultSchool)
    {
        var schoolOf = nodes.Select(n => n.School ?? "").ToArray();
        var missing = schoolOf.Count(s => s.Length == 0);
        if (missing == 0)
        {
            return (schoolOf, "every node has its school in the file");
        }

        if (defaultSchool is not null)
        {
            for (var i = 0; i < schoolOf.Length; i++)
            {
                schoolOf[i] = schoolOf[i].Length == 0 ? defaultSchool : schoolOf[i];
            }

            return (schoolOf, $"{missing} node(s) without a school put in {InputText.Quote(defaultSchool)} (default_school)");
        }

        var parent = Enumerable.Range(0, nodes.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        foreach (var (a, b, _) in ends)
        {
            var (ra, rb) = (Find(a), Find(b));
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb); // the root is the group's first node
        }

        var groups = new Dictionary<int, string>();
        for (var i = 0; i < schoolOf.Length; i++)
        {
            if (schoolOf[i].Length == 0)
            {
                var root = Find(i);
                if (!groups.TryGetValue(root, out var name))
                {
                    groups[root] = name = $"group-{groups.Count + 1}";
                }

                schoolOf[i] = name;
            }
        }

        return (schoolOf, $"{missing} node(s) without a school put in one school per connected group ({groups.Count}: group-1{(groups.Count > 1 ? $" to group-{groups.Count}" : "")})");
    }

    private static Role ParseRole(FileNode node, string file, NetworkFileLog log)
    {
        if (node.Role is null)
        {
            return Role.Teacher;
        }

        var role = Roles.All.FirstOrDefault(r => r.Key() == node.Role.Trim().ToLowerInvariant(), (Role)(-1));
        if ((int)role < 0)
        {
            log.Problem(file, node.Line, "role", $"{InputText.Quote(node.Role)} (node {InputText.Quote(node.Id)}) is not a role. Allowed: {string.Join(", ", Roles.All.Select(r => r.Key()))}, or empty (teacher).");
            return Role.Teacher;
        }

        return role;
    }

    private static bool ParseMembership(FileNode node, string file, NetworkFileLog log)
    {
        switch (node.InNetwork?.Trim().ToLowerInvariant())
        {
            case null or "true" or "1" or "yes":
                return true;
            case "false" or "0" or "no":
                return false;
            default:
                log.Problem(file, node.Line, "in_network", $"{InputText.Quote(node.InNetwork)} (node {InputText.Quote(node.Id)}) is not true or false. Allowed: true, false, 1, 0, or empty (true).");
                return true;
        }
    }

    private static string Names(List<FileNode> nodes) =>
        nodes.Count <= 5 ? string.Join(", ", nodes.Select(n => InputText.Clip(n.Id))) : $"{string.Join(", ", nodes.Take(5).Select(n => InputText.Clip(n.Id)))}, ... ({nodes.Count} in all)";
}
