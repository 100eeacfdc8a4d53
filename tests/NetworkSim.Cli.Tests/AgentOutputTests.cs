using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace NetworkSim.Cli.Tests;

/// <summary>One run of the workshop demo with agent-level outputs, shared by the tests that read its files.</summary>
public sealed class AgentRunFixture : IAsyncLifetime
{
    public TempDirectory Temp { get; } = new();

    public string Folder => Path.Combine(Temp.Path, "agents");

    public static readonly string[] Arguments = ["--ticks", "30", "--replicates", "3", "--agents", "4", "--network"];

    public async Task InitializeAsync()
    {
        var outcome = await Cli.RunAsync(["run", Cli.Scenario("workshop-demo.yaml"), "--out", Folder, .. Arguments]);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
    }

    public Task DisposeAsync()
    {
        Temp.Dispose();
        return Task.CompletedTask;
    }

    public string[][] Rows(string file) => File.ReadAllLines(Path.Combine(Folder, file)).Skip(1).Select(l => l.Split(',')).ToArray();

    public string[] Header(string file) => File.ReadLines(Path.Combine(Folder, file)).First().Split(',');
}

public class AgentOutputTests(AgentRunFixture run) : IClassFixture<AgentRunFixture>
{
    [Fact]
    public void Agent_files_have_their_documented_columns()
    {
        Assert.Equal("replicate,tick,participant,school,role,in_network,practice,knowledge,practising,adopted_tick,engagement,dropped_out,opinion,sir_state".Split(','), run.Header("agents.csv"));
        Assert.Equal("replicate,tick,school,practice,support,adopters,institutionalised".Split(','), run.Header("schools.csv"));
        Assert.Equal("replicate,tick,participant,practice,event,exposure".Split(','), run.Header("adoptions.csv"));
        Assert.Equal("replicate,source,target,trust_source_target,trust_target_source,formed_tick,brokered".Split(','), run.Header("edges.csv"));
        // 112 participants x 1 practice at ticks 0, 4, ..., 28 and the last (30), for 3 replicates.
        Assert.Equal(3 * 9 * 112, run.Rows("agents.csv").Length);
        Assert.Equal(3 * 9 * 8, run.Rows("schools.csv").Length);
    }

    [Fact]
    public void Practitioners_in_agents_csv_equal_adopters_in_timeseries_at_every_written_tick()
    {
        var timeseries = run.Rows("timeseries.csv").ToDictionary(r => (r[0], r[1]), r => int.Parse(r[3], CultureInfo.InvariantCulture));
        var agents = run.Rows("agents.csv").GroupBy(r => (r[0], r[1])).ToArray();
        Assert.Equal(27, agents.Length);
        Assert.All(agents, tick => Assert.Equal(timeseries[tick.Key], tick.Count(r => r[8] == "1")));
        var schools = run.Rows("schools.csv").GroupBy(r => (r[0], r[1]));
        Assert.All(schools, tick => Assert.Equal(timeseries[tick.Key], tick.Sum(r => int.Parse(r[5], CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Adoption_events_add_up_to_final_adopters_minus_initial_ones()
    {
        var timeseries = run.Rows("timeseries.csv");
        var events = run.Rows("adoptions.csv");
        Assert.NotEmpty(events);
        foreach (var replicate in new[] { "0", "1", "2" })
        {
            var ticks = timeseries.Where(r => r[0] == replicate).ToArray();
            var net = events.Where(e => e[0] == replicate).Sum(e => e[4] == "adopt" ? 1 : -1);
            Assert.Equal(int.Parse(ticks[^1][3], CultureInfo.InvariantCulture) - int.Parse(ticks[0][3], CultureInfo.InvariantCulture), net);
        }
    }

    [SkippableFact]
    public async Task The_graphml_opens_in_networkx_with_every_node_edge_and_attribute()
    {
        var script = """
            import sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            node = g.nodes["p0"]
            edge = next(iter(g.edges(data=True)))[2]
            print(g.number_of_nodes(), g.number_of_edges(), node["school"], node["role"], type(node["in_network"]).__name__,
                  type(node["knowledge_formative-assessment"]).__name__, sorted(edge))
            """;
        // The reader must be there: without it this test is skipped and says how to get it (fails in CI), never passes silently.
        var start = new ProcessStartInfo(Components.PythonWithNetworkx()) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(Path.Combine(run.Folder, "network.graphml"));
        using var python = Process.Start(start)!;
        var output = await python.StandardOutput.ReadToEndAsync();
        var error = await python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();
        Assert.True(python.ExitCode == 0, $"networkx could not read the GraphML: {error}");
        var edges = run.Rows("edges.csv").Count(r => r[0] == "0");
        Assert.Equal($"112 {edges} Riverside leader bool float ['brokered', 'formed_tick', 'trust']", output.Trim());
        // 8 schools x C(14, 2) colleague ties + 28 pairs of schools x 2 x 2 members (a complete network: nothing to broker).
        Assert.Equal(8 * 91 + 28 * 4, edges);
    }

    [Fact]
    public async Task The_same_seed_writes_byte_identical_agent_files()
    {
        var again = Path.Combine(run.Temp.Path, "again");
        var outcome = await Cli.RunAsync(["run", Cli.Scenario("workshop-demo.yaml"), "--out", again, "--parallel", "1", .. AgentRunFixture.Arguments]);
        Assert.Equal(0, outcome.ExitCode);
        foreach (var file in new[] { "agents.csv", "schools.csv", "adoptions.csv", "edges.csv", "network.graphml" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(run.Folder, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again, file))), file);
        }
    }

    [Theory]
    [InlineData("check", "0")]
    [InlineData("check", "-2")]
    [InlineData("run", "often")]
    public async Task A_bad_agents_value_exits_with_code_two_and_says_what_is_allowed(string command, string value)
    {
        string[] output = command == "run" ? ["--out", Path.Combine(run.Temp.Path, "never")] : [];
        var outcome = await Cli.RunAsync([command, Cli.Scenario("workshop-demo.yaml"), $"--agents={value}", .. output]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"--agents {value}: Allowed: a whole number of ticks of at least 1 (1 = every tick), or final.", outcome.Error);
        Assert.False(Directory.Exists(Path.Combine(run.Temp.Path, "never")));
    }

    [Fact]
    public async Task Final_agents_on_the_thousand_school_network_write_one_row_per_participant_and_record_the_peak_memory()
    {
        // Memory is compared by `networksim bench`, not here: a test that compares working sets depends on the machine.
        var final = Path.Combine(run.Temp.Path, "large-final");
        string[] common = ["--ticks", "8", "--replicates", "1", "--quiet"];
        Assert.Equal(0, (await Cli.RunAsync(["run", Cli.Scenario("large-network.yaml"), "--out", final, "--agents", "final", .. common])).ExitCode);
        var peak = JsonDocument.Parse(File.ReadAllText(Path.Combine(final, "summary.json"))).RootElement.GetProperty("timing").GetProperty("peak_memory_mb").GetDouble();
        Assert.True(peak > 0, "summary.json records the run's peak memory");
        Assert.Equal(16_000 + 1, File.ReadLines(Path.Combine(final, "agents.csv")).Count());
    }
}
