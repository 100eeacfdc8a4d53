using System.CommandLine;
using System.Text.Json;
using NetworkSim.Cli.Bench;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// <c>networksim bench workloads [names...]</c>: the standard workloads of <see cref="Workload.All"/>, each through the
/// grains and through the sequential reference, each engine in a process of its own (a peak is its process's own).
/// Prints per tick: CPU time, ticks/s, participant-ticks/s (stepped and all), grain calls and messages, bytes
/// allocated per participant-tick (steady ticks only) and the peak; writes every figure to <c>bench.json</c>.
/// </summary>
internal static class BenchWorkloadsCommand
{
    private const string ResultPrefix = "bench-engine: ";

    public static Command Create()
    {
        var names = new Argument<string[]>("names") { Description = $"Workloads to run (default: all but the slow ones): {string.Join(", ", Workload.All.Select(w => w.Name))}.", Arity = ArgumentArity.ZeroOrMore };
        var engine = new Option<string?>("--engine") { Description = "Run one engine in this process and print its figures (grains or reference); used by bench itself." };
        var ticks = new Option<int?>("--ticks") { Description = "Ticks per run (default: the workload's; the first is reported apart)." };
        var set = new Option<string[]>("--set") { Description = "Override a workload's scenario value (repeatable), e.g. --set network.schools=100 --set network.staff.staff=1000 to group the same graph into fewer, larger schools." };
        var ndlib = new Option<bool>("--compare-ndlib") { Description = "Also run NDlib (Python) on each threshold workload's own graph and initial adopters, report the speed ratio and check its adopters match tick for tick. NDlib's sources must be on PYTHONPATH." };
        var python = new Option<string>("--python") { Description = "The Python that runs NDlib.", DefaultValueFactory = _ => NdlibPeer.DefaultPython };
        var warm = new Option<int>("--warm") { Description = "Also run 2N more whole replicates in each engine's process and report the last N: a replicate's start, steady ticks and end in a process that has compiled its code, as a sweep's replicates run (default 0: none)." };
        var output = new Option<string>("--out") { Description = "Where to write the figures.", DefaultValueFactory = _ => "bench.json" };
        var command = new Command("workloads", "Run the standard performance workloads through the grains and the sequential reference; write bench.json.")
        {
            names, engine, ticks, set, ndlib, python, warm, output,
        };
        command.SetAction((result, cancellation) => CommandGuard.RunAsync(async () =>
        {
            var chosen = new List<Workload>();
            foreach (var name in result.GetValue(names) is { Length: > 0 } given ? given : ["threshold-10k", "threshold-100k", "large-network"])
            {
                chosen.Add(Workload.Find(name) ?? throw new Runner.Output.OutputException(
                    $"bench workloads: no workload '{name}'. Allowed: {string.Join(", ", Workload.All.Select(w => w.Name))}."));
            }

            var warmReplicates = result.GetValue(warm);
            if (warmReplicates < 0)
            {
                throw new Runner.Output.OutputException($"--warm: {warmReplicates} is not a number of replicates. Allowed: 0 or more.");
            }

            string[] overrides = [.. result.GetValue(ticks) is { } n ? new[] { $"ticks={n}" } : [], .. result.GetValue(set) ?? []];
            if (result.GetValue(engine) is { } one)
            {
                var scenario = chosen[0].Load([$"ticks={chosen[0].Ticks}", .. overrides]);
                var measured = one switch
                {
                    "grains" => await WorkloadRunner.GrainsAsync(scenario, warmReplicates, cancellation),
                    "reference" => await WorkloadRunner.ReferenceAsync(scenario, warmReplicates, cancellation),
                    _ => throw new Runner.Output.OutputException($"--engine: '{one}' is not an engine. Allowed: grains, reference."),
                };
                Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(new WorkloadRow(chosen[0].Name, scenario.Network.ParticipantCount, scenario.Network.SchoolCount, measured, measured)));
                return 0;
            }

            var peer = result.GetValue(ndlib) ? result.GetValue(python)! : null;
            return await RunAllAsync(chosen, result.GetValue(ticks), result.GetValue(set) ?? [], peer, warmReplicates, result.GetValue(output)!, cancellation);
        }));
        return command;
    }

    /// <param name="python">The Python that runs NDlib beside each threshold workload, or null for none.</param>
    /// <param name="warm">Warm replicates each engine measures (<see cref="WarmReplicates"/>).</param>
    private static async Task<int> RunAllAsync(IReadOnlyList<Workload> workloads, int? ticks, string[] sets, string? python, int warm, string output, CancellationToken cancellation)
    {
        var rows = new List<WorkloadRow>();
        Console.WriteLine($"{Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}; per steady tick (the first tick apart), CPU time of the whole process");
        foreach (var workload in workloads)
        {
            var peer = python is null ? null : await NdlibAsync(workload, ticks, sets, python, cancellation);
            var grains = await ChildAsync(workload, "grains", ticks, sets, warm, cancellation);
            var reference = await ChildAsync(workload, "reference", ticks, sets, warm, cancellation);
            if (grains is null || reference is null)
            {
                Console.WriteLine($"{workload.Name}: failed (run 'networksim bench workloads {workload.Name} --engine grains' for its error)");
                continue;
            }

            var row = new WorkloadRow(workload.Name, grains.Participants, grains.Schools, grains.Grains, reference.Grains, peer);
            rows.Add(row);
            Print(row);
        }

        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(new
        {
            date = DateTime.UtcNow.ToString("yyyy-MM-dd"),
            cores = Environment.ProcessorCount,
            workloads = rows,
        }, new JsonSerializerOptions { WriteIndented = true }), cancellation);
        Console.WriteLine($"wrote {output}");
        return rows.Count == workloads.Count ? 0 : 1;
    }

    /// <summary>NDlib on the workload's graph (run first, so a missing NDlib is said before minutes of measuring), or null when it has no counterpart.</summary>
    private static async Task<NdlibMeasurement?> NdlibAsync(Workload workload, int? ticks, string[] sets, string python, CancellationToken cancellation)
    {
        var n = ticks ?? workload.Ticks;
        var scenario = workload.Load([$"ticks={n}", .. sets]);
        if (!NdlibPeer.Supports(scenario))
        {
            Console.WriteLine($"{workload.Name}: no NDlib counterpart (NDlib's threshold model only), compared with the reference alone");
            return null;
        }

        return await NdlibPeer.MeasureAsync(scenario, n, python, cancellation);
    }

    private static void Print(WorkloadRow row)
    {
        var warm = row.WarmShareOfReference is { } share ? $"; warm, {share:P0}" : "";
        Console.WriteLine($"{row.Workload}: {row.Participants:N0} participants in {row.Schools:N0} schools; grains at {row.ShareOfReference:P0} of the reference's throughput (CPU per tick){warm}");
        foreach (var m in new[] { row.Grains, row.Reference })
        {
            var all = (double)row.Participants * m.SteadyTicks;
            var next = m.NextReplicate is { } r ? $" (a further replicate: {r.CpuSeconds:0.000} s CPU, {r.WallSeconds:0.000} s for both)" : "";
            Console.WriteLine($"  {m.Engine,-9} setup {m.Setup.WallSeconds:0.00} s, first tick {m.FirstTick.WallSeconds:0.000} s ({m.FirstTickStepped:N0} stepped){next}; "
                + $"steady{(m.Settle is { } settle ? $" (after a full collection, {settle.CpuSeconds:0.000} s)" : "")}: {m.CpuPerTick * 1000:0.00} ms CPU/tick, {m.TicksPerSecond:0.0} ticks/s, "
                + $"{m.SteadyStepped / m.Steady.WallSeconds:N0} stepped and {all / m.Steady.WallSeconds:N0} participant-ticks/s, "
                + $"{m.Steady.AllocatedBytes / all:0.0} B/participant-tick, GC {m.Steady.Gen0}/{m.Steady.Gen1}/{m.Steady.Gen2} (gen 0/1/2) pausing {m.Steady.GcPauseSeconds * 1000 / m.SteadyTicks:0.0} ms/tick, "
                + $"JIT-compiling {m.Steady.JitMethods:N0} methods {m.Steady.JitSeconds * 1000 / m.SteadyTicks:0.00} ms/tick, peak {m.PeakBytes / 1048576.0:N0} MiB");
            if (m.Counts is { } c)
            {
                var perTick = (double)m.SteadyTicks;
                Console.WriteLine($"  {"",-9} per tick: {c.Calls / perTick:N0} grain calls ({c.SchoolSteps / perTick:N0} school, {c.ParticipantCalls / perTick:N1} participant, {c.FacilitatorCalls / perTick:N1} facilitator), "
                    + $"{c.PeerBatches / perTick:N0} school-to-school batches carrying {c.PeerStates / perTick:N0} states");
            }

            if (m.Warm is { } w)
            {
                var end = w.End is null ? "" : $", end {w.EndCpuSeconds:0.000} s";
                Console.WriteLine($"  {"",-9} warm, the last {w.Replicates} of {2 * w.Replicates} more replicates: start {w.StartCpuSeconds:0.000} s CPU{end}; steady: {w.CpuPerTick * 1000:0.00} ms CPU/tick, "
                    + $"GC {w.Steady.Gen0}/{w.Steady.Gen1}/{w.Steady.Gen2} pausing {w.Steady.GcPauseSeconds * 1000 / w.SteadyTicks:0.0} ms/tick, JIT-compiling {w.Steady.JitMethods:N0} methods {w.Steady.JitSeconds * 1000 / w.SteadyTicks:0.00} ms/tick");
            }
        }

        if (row.Ndlib is { } p)
        {
            Console.WriteLine($"  {"ndlib",-9} setup {p.SetupCpuSeconds:0.00} s CPU; steady: {p.CpuPerUpdate * 1000:0.00} ms CPU/update, peak {p.PeakBytes / 1048576.0:N0} MiB; "
                + $"grains {p.CpuPerUpdate / row.Grains.CpuPerTick:0.0}x and reference {p.CpuPerUpdate / row.Reference.CpuPerTick:0.0}x faster; "
                + (p.SameAdopters ? $"adopters identical at every one of {p.Updates + 1} ticks" : $"ADOPTERS DIFFER from tick {p.FirstDifference}"));
        }
    }

    private static async Task<WorkloadRow?> ChildAsync(Workload workload, string engine, int? ticks, string[] sets, int warm, CancellationToken cancellation)
    {
        var child = await ChildRun.RunAsync(ChildRun.Self(["bench", "workloads", workload.Name, "--engine", engine, "--warm", $"{warm}",
            .. ticks is { } n ? new[] { "--ticks", $"{n}" } : [], .. sets.SelectMany(a => new[] { "--set", a })]), cancellation);
        var line = child.LineAfter(ResultPrefix);
        if (child.ExitCode != 0 || line is null)
        {
            Console.Error.Write(child.Error);
            return null;
        }

        return JsonSerializer.Deserialize<WorkloadRow>(line);
    }
}
