using System.Globalization;

namespace NetworkSim.Cli.Tests;

/// <summary>
/// A measured network end to end: Zachary's karate club, built at test time from networkx's copy, checked against
/// networkx's own figures, run through a deterministic threshold cascade, and a run's exported network imported back.
/// </summary>
public class NetworkImportTests
{
    private static string Karate(TempDirectory temp)
    {
        Python.MakeKarate(temp.Path);
        return temp.Write("karate.yaml", File.ReadAllText(Cli.Scenario("networks/karate.yaml")));
    }

    /// <summary>The figures <c>check</c> prints, computed by networkx from the same file.</summary>
    private const string NetworkxFigures = """
        import csv, statistics, sys
        import networkx as nx
        path = sys.argv[1]
        if path.endswith(".graphml"):
            g = nx.read_graphml(path)
        else:
            g = nx.Graph()
            with open(path) as f:
                rows = list(csv.reader(f))[1:]
            g.add_edges_from((a, b) for a, b, *_ in rows)
        f = lambda x: ("%.4f" % x).rstrip("0").rstrip(".")
        d = sorted(dict(g.degree()).values())
        comps = list(nx.connected_components(g))
        print(f"{len(g)} participants, {g.number_of_edges()} ties")
        print(f"  {len(comps)} component(s) (largest {max(map(len, comps))}); degree min {d[0]}, median {f(statistics.median(d))}, "
              f"mean {f(statistics.mean(d))}, max {d[-1]}; mean clustering {f(nx.average_clustering(g))}")
        """;

    [SkippableTheory]
    [InlineData("karate-ties.csv")]
    [InlineData("karate.graphml")]
    public async Task Check_reports_the_karate_club_with_the_figures_networkx_gives_for_the_same_file(string file)
    {
        using var temp = new TempDirectory();
        var scenario = Karate(temp);
        if (file.EndsWith(".graphml", StringComparison.Ordinal))
        {
            File.WriteAllText(scenario, File.ReadAllText(scenario).Replace("path: karate-ties.csv, nodes: karate-nodes.csv", "path: karate.graphml"));
        }

        var outcome = await Cli.RunAsync("check", scenario);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var expected = Python.Run(NetworkxFigures, Path.Combine(temp.Path, file)).Split('\n');
        Assert.Contains($"  read from {file}: {expected[0]}, 2 school(s) (every node has its school in the file)\n", outcome.Output);
        Assert.Contains(expected[1] + "\n", outcome.Output);
        Assert.Contains("  2 schools, 34 participants, 34 in the network\n", outcome.Output);
    }

    [SkippableFact]
    public async Task The_threshold_cascade_on_the_karate_club_equals_a_direct_computation_participant_by_participant()
    {
        using var temp = new TempDirectory();
        var scenario = Karate(temp);
        var folder = Path.Combine(temp.Path, "out");
        var outcome = await Cli.RunAsync("run", scenario, "--out", folder, "--agents", "final");
        Assert.True(outcome.ExitCode == 0, outcome.Error);

        // Watts (2002), synchronous: at each tick every non-adopter adopts once at least phi of its neighbours have.
        var neighbours = new Dictionary<string, List<string>>();
        foreach (var row in File.ReadLines(Path.Combine(temp.Path, "karate-ties.csv")).Skip(1).Select(l => l.Split(',')))
        {
            neighbours.TryAdd(row[0], []);
            neighbours.TryAdd(row[1], []);
            neighbours[row[0]].Add(row[1]);
            neighbours[row[1]].Add(row[0]);
        }

        var adopted = new Dictionary<string, int> { ["33"] = 0 };
        for (var tick = 1; ; tick++)
        {
            var fresh = neighbours.Keys.Where(n => !adopted.ContainsKey(n) && neighbours[n].Count(adopted.ContainsKey) >= 0.4 * neighbours[n].Count).ToList();
            if (fresh.Count == 0)
            {
                break;
            }

            fresh.ForEach(n => adopted[n] = tick);
        }

        var header = File.ReadLines(Path.Combine(folder, "agents.csv")).First().Split(',');
        var rows = File.ReadLines(Path.Combine(folder, "agents.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        var (node, tickColumn) = (Array.IndexOf(header, "node"), Array.IndexOf(header, "adopted_tick"));
        Assert.Equal(34, rows.Length);
        Assert.Equal(20, adopted.Count); // the officer's faction and 3 of Mr. Hi's: a cascade that stops at the split
        Assert.All(rows, r => Assert.Equal(adopted.TryGetValue(r[node], out var t) ? t.ToString(CultureInfo.InvariantCulture) : "", r[tickColumn]));
    }

    [Fact]
    public async Task A_network_exported_with_network_and_imported_again_gives_the_same_run_byte_for_byte()
    {
        using var temp = new TempDirectory();
        var generated = temp.Write("generated.yaml", """
            # a small networked-improvement run whose facilitator brokers ties (left out again on import)
            name: round-trip
            seed: 5
            replicates: 1
            ticks: 8
            network:
              schools: [A, B, C]
              staff: {leader: 1, coach: 1, teacher: 4}
              team: {leader: 1, teacher: 2}
              structure: hub-and-spoke
            practices:
              - name: inquiry
                start: {schools: [A]}
            schedule: {convening_every: 2, site_visits: [3]}
            """);
        var imported = temp.Write("imported.yaml", File.ReadAllText(generated)
            .Replace("  schools: [A, B, C]\n  staff: {leader: 1, coach: 1, teacher: 4}\n  team: {leader: 1, teacher: 2}\n  structure: hub-and-spoke",
                "  participant_graph: {kind: file, path: first/network.graphml}"));
        var (first, second) = (Path.Combine(temp.Path, "first"), Path.Combine(temp.Path, "second"));
        Assert.Equal(0, (await Cli.RunAsync("run", generated, "--out", first, "--agents", "final", "--network")).ExitCode);
        var outcome = await Cli.RunAsync("run", imported, "--out", second, "--agents", "final", "--network");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("warning: network.graphml: edge: 4 tie(s) marked brokered=true (made by a facilitator during a run) left out: the network is read as it was at tick 0.", outcome.Error);
        foreach (var file in new[] { "timeseries.csv", "schools.csv", "adoptions.csv", "edges.csv", "network.graphml" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), file);
        }

        // agents.csv is the same but for the imported run's last column: each participant's node id (here p0, p1, ...).
        var agents = File.ReadAllLines(Path.Combine(second, "agents.csv"));
        Assert.Equal(File.ReadAllLines(Path.Combine(first, "agents.csv")), agents.Select(l => l[..l.LastIndexOf(',')]));
        Assert.Equal("p0", agents[1][(agents[1].LastIndexOf(',') + 1)..]);
    }

    [SkippableFact]
    public async Task A_bad_network_file_exits_with_code_two_naming_the_file_and_line()
    {
        using var temp = new TempDirectory();
        var scenario = Karate(temp);
        File.AppendAllText(Path.Combine(temp.Path, "karate-ties.csv"), "5,5,1\n");
        var outcome = await Cli.RunAsync("check", scenario);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("karate-ties.csv:80: tie: '5' is tied to itself.", outcome.Error);
        Assert.DoesNotContain("   at ", outcome.Error);
    }
}
