using System.Text.Json;

namespace NetworkSim.Cli.Tests;

/// <summary><c>networksim bench workloads</c>: what it measures and where it writes it (speed itself is never asserted).</summary>
public class BenchWorkloadsTests
{
    [Fact]
    public async Task An_unknown_workload_is_refused_naming_the_ones_there_are()
    {
        var outcome = await Cli.RunAsync("bench", "workloads", "threshold-5");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("error: bench workloads: no workload 'threshold-5'. Allowed: threshold-10k, threshold-100k, threshold-1m, large-network, large-network-10x, large-network-1m.", outcome.Error.TrimEnd());
    }

    [Fact]
    public async Task A_workload_runs_through_the_grains_and_the_reference_and_both_do_the_same_work()
    {
        var (outcome, row) = await ThresholdAsync("--ticks", "3");
        var grains = row.GetProperty("Grains");
        var reference = row.GetProperty("Reference");
        Assert.Equal("grains", grains.GetProperty("Engine").GetString());
        Assert.Equal("reference", reference.GetProperty("Engine").GetString());
        Assert.Equal(10_000, row.GetProperty("Participants").GetInt64());
        Assert.Equal(2, grains.GetProperty("SteadyTicks").GetInt32());
        foreach (var figure in new[] { "Adopters", "FirstTickStepped", "SteadyStepped" })
        {
            Assert.Equal(reference.GetProperty(figure).GetDouble(), grains.GetProperty(figure).GetDouble());
        }

        // Only schools that can change are told of a steady tick (a settled one nobody sent states repeats its tally),
        // and only participants that can change are called.
        var counts = grains.GetProperty("Counts");
        Assert.InRange(counts.GetProperty("SchoolSteps").GetInt64(), 1, 199);
        Assert.Equal(grains.GetProperty("SteadyStepped").GetInt64(), counts.GetProperty("ParticipantCalls").GetInt64());
        Assert.Contains("threshold-10k: 10,000 participants in 100 schools", outcome.Output);

        // Each engine also runs a further replicate in the same process, its fixed cost measured apart.
        foreach (var engine in new[] { grains, reference })
        {
            Assert.True(engine.GetProperty("NextReplicate").GetProperty("CpuSeconds").GetDouble() > 0);
        }

        Assert.Equal(2, outcome.Output.Split("(a further replicate: ").Length - 1);

        // Each phase says what it compiled and how long that took: a fresh process compiles most of its code in setup.
        // (The runtime times each compilation by the clock and sums over threads, so under load the time can exceed
        // the phase's CPU time: only that there was some is asserted.)
        foreach (var engine in new[] { grains, reference })
        {
            var setup = engine.GetProperty("Setup");
            Assert.True(setup.GetProperty("JitMethods").GetInt64() > 0);
            Assert.True(setup.GetProperty("JitSeconds").GetDouble() > 0);
        }

        Assert.Equal(2, outcome.Output.Split("JIT-compiling ").Length - 1);

        // The steady ticks start after a full collection, measured apart: they are charged only for the collections
        // their own allocation brings, not for what the setup and first tick left behind.
        foreach (var engine in new[] { grains, reference })
        {
            Assert.True(engine.GetProperty("Settle").GetProperty("Gen2").GetInt32() >= 1);
        }

        Assert.Equal(2, outcome.Output.Split("steady (after a full collection, ").Length - 1);

        // Warm replicates run only when asked (--warm).
        Assert.Equal(JsonValueKind.Null, grains.GetProperty("Warm").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("WarmShareOfReference").ValueKind);
        Assert.DoesNotContain("warm", outcome.Output);
    }

    [Fact]
    public async Task Warm_replicates_are_measured_whole_after_as_many_unmeasured_ones_in_each_engine()
    {
        var (outcome, row) = await ThresholdAsync("--ticks", "3", "--warm", "2");
        foreach (var engine in new[] { "Grains", "Reference" })
        {
            var warm = row.GetProperty(engine).GetProperty("Warm");
            Assert.Equal(2, warm.GetProperty("Replicates").GetInt32());
            // Two measured replicates of three ticks: two first ticks apart, four steady ticks.
            Assert.Equal(4, warm.GetProperty("SteadyTicks").GetInt32());
            Assert.True(warm.GetProperty("Start").GetProperty("CpuSeconds").GetDouble() > 0);
            Assert.True(warm.GetProperty("Steady").GetProperty("CpuSeconds").GetDouble() > 0);
        }

        // Only the grains have a run to end: their activations, deactivated.
        Assert.True(row.GetProperty("Grains").GetProperty("Warm").GetProperty("End").GetProperty("CpuSeconds").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("Reference").GetProperty("Warm").GetProperty("End").ValueKind);
        Assert.InRange(row.GetProperty("WarmShareOfReference").GetDouble(), double.Epsilon, double.MaxValue);
        Assert.Equal(2, outcome.Output.Split("warm, the last 2 of 4 more replicates: start ").Length - 1);
        Assert.Contains("of the reference's throughput (CPU per tick); warm, ", outcome.Output);
    }

    [Fact]
    public async Task A_negative_number_of_warm_replicates_is_refused_naming_the_option()
    {
        var outcome = await Cli.RunAsync("bench", "workloads", "threshold-10k", "--warm", "-1");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("error: --warm: -1 is not a number of replicates. Allowed: 0 or more.", outcome.Error.TrimEnd());
    }

    [Fact]
    public async Task Comparing_with_ndlib_through_a_python_that_cannot_start_names_the_option()
    {
        var outcome = await Cli.RunAsync("bench", "workloads", "threshold-10k", "--ticks", "2", "--compare-ndlib", "--python", "/nonexistent/python3");
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("error: --python: cannot start '/nonexistent/python3' (", outcome.Error);
        Assert.EndsWith("). Allowed: a Python 3 with networkx and NDlib importable.", outcome.Error.TrimEnd());
    }

    [SkippableFact]
    public async Task Comparing_with_ndlib_when_python_cannot_import_it_says_how_to_get_it_before_measuring_anything()
    {
        Components.Python();
        using var process = Cli.Start(Cli.RepositoryRoot, ["PYTHONPATH"], "bench", "workloads", "threshold-10k", "--ticks", "2", "--compare-ndlib");
        var outcome = await Cli.FinishAsync(process);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error: --compare-ndlib: /usr/bin/python3 cannot import NDlib (ModuleNotFoundError: No module named 'ndlib'). Put the sources of ndlib, netdispatch and dynetx on PYTHONPATH (docs/performance.md says how).", outcome.Error);
        Assert.DoesNotContain("grains", outcome.Output);
    }

    /// <summary><c>bench workloads threshold-10k</c> with <paramref name="options"/>, which must succeed: what it printed and its row of bench.json.</summary>
    private static async Task<(Cli.Outcome Outcome, JsonElement Row)> ThresholdAsync(params string[] options)
    {
        using var temp = new TempDirectory();
        var json = Path.Combine(temp.Path, "bench.json");
        var outcome = await Cli.RunAsync(["bench", "workloads", "threshold-10k", .. options, "--out", json]);
        Assert.Equal(0, outcome.ExitCode);
        return (outcome, JsonDocument.Parse(File.ReadAllText(json)).RootElement.GetProperty("workloads")[0].Clone());
    }
}
