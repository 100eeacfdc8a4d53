using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using NetworkSim.Cli.Bench;
using NetworkSim.Cli.Hosting;
using NetworkSim.Grains;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Running;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// <c>networksim bench</c>: measures throughput and memory of a scenario on the embedded silo (one replicate
/// unless told otherwise), beside the resource guard's estimate. Given a folder, it benches every scenario in it,
/// each in a process of its own (a process's peak memory is its own), and tabulates estimate against peak.
/// Speed is measured here, never asserted in tests.
/// </summary>
internal static class BenchCommand
{
    /// <summary>How far the guard's memory estimate may be from a measured peak, either way.</summary>
    public const double EstimateTolerance = 1.5;

    private const string ResultPrefix = "bench-result: ";

    /// <summary>How often each silo's memory is sampled during the run.</summary>
    private static readonly TimeSpan SiloMemoryInterval = TimeSpan.FromMilliseconds(250);

    public static Command Create()
    {
        var options = new ScenarioOptions();
        var cluster = new ClusterOptions();
        var telemetry = Telemetry.CreateOption();
        var command = new Command("bench", "Measure ticks per second, participant-ticks per second and peak memory of a scenario (or of every scenario in a folder).");
        options.AddTo(command);
        command.Subcommands.Add(BenchWorkloadsCommand.Create());
        cluster.AddTo(command);
        command.Options.Add(telemetry);
        command.SetAction((result, cancellation) => CommandGuard.RunAsync(async () =>
        {
            var path = options.ScenarioPath(result);
            var address = cluster.Read(result);
            using var exporter = Telemetry.Start(result.GetValue(telemetry));
            return Directory.Exists(path)
                ? await BenchFolderAsync(path, options.Overrides(result), cancellation)
                : await BenchOneAsync(options.Load(result, new ScenarioOverride("bench", "replicates=1")), path, result.GetValue(options.Strict), address, cancellation);
        }));
        return command;
    }

    private static async Task<int> BenchOneAsync(Scenario scenario, string path, bool strict, ClusterAddress? cluster, CancellationToken cancellation)
    {
        ResourceCheck.Apply(scenario, path, 1, strict);
        var estimate = ResourceEstimate.For(scenario);
        var startup = Stopwatch.StartNew();
        await using var silo = await GrainHosts.StartAsync(cluster, cancellation);
        var siloSeconds = startup.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes();
        await using var memory = SiloMemoryMonitor.Start(silo.Grains, SiloMemoryInterval);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, silo.Lost);
        ScenarioResults results;
        try
        {
            results = await new ScenarioRunner(silo.Grains).RunAsync(scenario, 1, null, stop.Token).WaitAsync(stop.Token);
        }
        catch (Exception e) when (silo is ClusterClient client && !cancellation.IsCancellationRequested && e is OperationCanceledException or OrleansException or TimeoutException)
        {
            throw new Runner.Output.OutputException($"{await client.ExplainAsync(e, TimeSpan.FromSeconds(45))}; the bench stopped.");
        }

        allocated = GC.GetTotalAllocatedBytes() - allocated;
        var silos = await memory.StopAsync();
        var ticks = results.Replicates.Sum(r => r.TickMilliseconds.Count);
        var tickMs = results.Replicates.SelectMany(r => r.TickMilliseconds).Order().ToArray();
        var tickSeconds = tickMs.Sum() / 1000;
        var participants = (long)scenario.Network.ParticipantCount;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var estimated = estimate.PeakBytes(1);
        var estimatedSeconds = (estimate with { Ticks = ticks }).Seconds;
        Console.WriteLine($"bench {scenario.Name}: {participants:N0} participants, {estimate.TieEnds / 2:N0} ties (estimated), {scenario.Network.SchoolCount:N0} schools, {ticks} ticks x {scenario.Replicates} replicate(s) on {Environment.ProcessorCount} cores, on {silo.Description}");
        Console.WriteLine($"  {(cluster is null ? "silo start  " : "connect     ")}      {siloSeconds:0.00} s");
        Console.WriteLine($"  whole run         {results.Elapsed.TotalSeconds:0.00} s (initialisation {results.Elapsed.TotalSeconds - tickSeconds:0.00} s); the guard estimated {estimatedSeconds:0.00} s");
        Console.WriteLine($"  tick              mean {tickMs.Average():0.0} ms, median {tickMs[tickMs.Length / 2]:0.0} ms, max {tickMs[^1]:0.0} ms");
        Console.WriteLine($"  throughput        {ticks / tickSeconds:0.0} ticks/s, {ticks * participants / tickSeconds:N0} participant-ticks/s");
        if (cluster is not null)
        {
            // The grains, and so the memory, are on the silos: this process is only the client.
            Console.WriteLine($"  memory            this client's peak working set {peak / 1048576.0:N0} MiB; the run's state is on the silos:");
            SiloMemoryLines.Write(silos);
            Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(new BenchRow(scenario.Name, participants, estimate.TieEnds / 2, ticks, peak, estimated, results.Elapsed.TotalSeconds, estimatedSeconds, silos)));
            return 0;
        }

        Console.WriteLine($"  memory            peak working set {peak / 1048576.0:N0} MiB, allocated {allocated / 1048576.0:N0} MiB ({allocated / (double)(ticks * participants):N0} B per participant-tick, setup and tick 0 included; 'bench workloads' measures the ticks alone)");
        SiloMemoryLines.Write(silos);
        Console.WriteLine($"  guard estimate    {estimated / 1048576.0:N0} MiB at the peak ({(double)estimated / peak:0.00} x the measured peak; held within {EstimateTolerance} x either way)");
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(new BenchRow(scenario.Name, participants, estimate.TieEnds / 2, ticks, peak, estimated, results.Elapsed.TotalSeconds, estimatedSeconds, silos)));
        return 0;
    }

    /// <summary>Every scenario under <paramref name="folder"/>, each benched by a child process; exit 1 when an estimate is off by more than the tolerance.</summary>
    private static async Task<int> BenchFolderAsync(string folder, IReadOnlyList<ScenarioOverride> overrides, CancellationToken cancellation)
    {
        // Sweep files (scenarios/sweeps/) are not scenarios: each names a base scenario that is benched on its own.
        var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}sweeps{Path.DirectorySeparatorChar}")).Order(StringComparer.Ordinal).ToList();
        var rows = new List<BenchRow>();
        Console.WriteLine($"{"scenario",-40} {"participants",12} {"ties",10} {"peak MiB",9} {"estimate",9} {"ratio",6}");
        foreach (var file in files.ToList())
        {
            if (Directory.GetFiles(Path.GetDirectoryName(file)!, "make_*.py").Length > 0 && !Directory.GetFiles(Path.GetDirectoryName(file)!, "*.csv").Any())
            {
                // scenarios/networks: its network files are built by a script (from data networkx ships), never committed.
                Console.WriteLine($"{Path.GetRelativePath(folder, file),-40} skipped: build its network files first (the make_*.py beside it)");
                files.Remove(file);
                continue;
            }

            var row = await BenchChildAsync(file, overrides, cancellation);
            if (row is null)
            {
                Console.WriteLine($"{Path.GetRelativePath(folder, file),-40} failed (run 'networksim bench {file}' for its error)");
                continue;
            }

            rows.Add(row);
            Console.WriteLine($"{Path.GetRelativePath(folder, file),-40} {row.Participants,12:N0} {row.Ties,10:N0} {row.PeakBytes / 1048576.0,9:N0} {row.EstimatedBytes / 1048576.0,9:N0} {row.Ratio,6:0.00}");
        }

        var off = rows.Where(r => r.Ratio > EstimateTolerance || r.Ratio < 1 / EstimateTolerance).ToList();
        Console.WriteLine(off.Count == 0 && rows.Count == files.Count
            ? $"every estimate within {EstimateTolerance} x of its measured peak ({rows.Count} scenarios, {Environment.ProcessorCount} cores)"
            : $"{off.Count} estimate(s) off by more than {EstimateTolerance} x, {files.Count - rows.Count} scenario(s) failed");
        return off.Count == 0 && rows.Count == files.Count ? 0 : 1;
    }

    private static async Task<BenchRow?> BenchChildAsync(string file, IReadOnlyList<ScenarioOverride> overrides, CancellationToken cancellation)
    {
        var child = await ChildRun.RunAsync(ChildRun.Self(["bench", file, .. overrides.SelectMany(o => new[] { "--set", o.Assignment })]), cancellation);
        var line = child.LineAfter(ResultPrefix);
        return child.ExitCode == 0 && line is not null ? JsonSerializer.Deserialize<BenchRow>(line) : null;
    }

    /// <param name="PeakBytes">This process's peak working set (with <c>--cluster</c> only the client's).</param>
    /// <param name="Silos">Each silo's memory over the run (one entry on the embedded silo, which is this process).</param>
    private sealed record BenchRow(string Name, long Participants, long Ties, int Ticks, long PeakBytes, long EstimatedBytes, double Seconds, double EstimatedSeconds, IReadOnlyList<SiloMemoryReport>? Silos = null)
    {
        public double Ratio => (double)EstimatedBytes / PeakBytes;
    }
}
