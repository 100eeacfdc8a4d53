using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;

namespace NetworkSim.Runner.Sweeps;

/// <summary>
/// Runs every (point, replicate) of a plan (a sweep, or designs across worlds) not yet recorded in <c>runs.csv</c>, several at once on one cluster,
/// appending each result as it finishes (so memory stays flat and a killed sweep keeps every finished run), then
/// writes <c>runs.csv</c> in (point, replicate) order and assembles <c>timeseries.csv</c>. On a cluster each run
/// recovers from a lost silo on its own, so a row is written once, when its run has finished.
/// </summary>
/// <param name="grains">The cluster's grain factory.</param>
/// <param name="recovery">On a cluster: checkpoints and recovery of each run; null for an embedded silo.</param>
public sealed class SweepRunner(IGrainFactory grains, RunRecovery? recovery = null)
{
    public Task<TimeSpan> RunAsync(SweepDefinition sweep, Scenario baseScenario, SweepFolder folder, int parallel, IProgress<SweepProgress>? progress, CancellationToken cancellation) =>
        RunAsync(sweep.Plan(baseScenario), folder, parallel, progress, cancellation);

    public async Task<TimeSpan> RunAsync(RunPlan sweep, SweepFolder folder, int parallel, IProgress<SweepProgress>? progress, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var header = RunsCsv.Header(sweep.Keys, sweep.Outcomes);
        var runsPath = folder.PathOf(RunsCsv.FileName);
        var finished = Finished(runsPath, header);
        var resumed = finished.Count;
        long done = resumed;
        progress?.Report(new SweepProgress(done, sweep.Runs, resumed));
        // Runs still to do, per point, so a point's scenario can be dropped once its last replicate has started.
        var remaining = new ConcurrentDictionary<int, int>(sweep.Points.Select(p =>
            KeyValuePair.Create(p.Index, sweep.Replicates - Enumerable.Range(0, sweep.Replicates).Count(r => finished.Contains((p.Index, r))))));
        var scenarios = new ConcurrentDictionary<int, Lazy<Scenario>>();

        // Enumerated lazily, point by point: the list of runs is never held in memory.
        var todo = sweep.Points
            .SelectMany(p => Enumerable.Range(0, sweep.Replicates).Where(r => !finished.Contains((p.Index, r))).Select(r => (Point: p, Replicate: r)));

        var writeGate = new Lock();
        await using (var lanes = new Lanes(grains, "sweep"))
        await using (var runs = new FileStream(runsPath, FileMode.Append, FileAccess.Write, FileShare.Read))
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel), CancellationToken = cancellation };
            await Parallel.ForEachAsync(todo, options, async (run, token) =>
            {
                // A point's scenario is read once and dropped when its last replicate starts, so memory does not grow with the sweep.
                var scenario = scenarios.GetOrAdd(run.Point.Index, _ => new Lazy<Scenario>(() => sweep.ScenarioOf(run.Point))).Value;
                if (remaining.AddOrUpdate(run.Point.Index, 0, (_, n) => n - 1) == 0)
                {
                    scenarios.TryRemove(run.Point.Index, out _);
                }

                var result = await new ScenarioRunner(grains, recovery?.For($"point {run.Point.Index}")).RunReplicateAsync(scenario, run.Replicate, token, lanes);
                if (sweep.Timeseries)
                {
                    SweepFolder.WriteAtomically(folder.RunTimeseries(run.Point.Index, run.Replicate), TimeseriesRows(run.Point, scenario, result));
                }

                var row = Encoding.UTF8.GetBytes(RunsCsv.Row(run.Point, run.Replicate, result.Seed, sweep.OutcomesOf(scenario, result)) + "\n");
                lock (writeGate)
                {
                    runs.Write(row);
                    runs.Flush();
                }

                progress?.Report(new SweepProgress(Interlocked.Increment(ref done), sweep.Runs, resumed));
            });
            await lanes.EndAsync();
        }

        Finish(sweep, folder, header);
        return clock.Elapsed;
    }

    /// <summary>The header of the sweep's <c>timeseries.csv</c>: the point and its swept values, then the run's columns.</summary>
    public static string TimeseriesHeader(IReadOnlyList<string> keys) =>
        string.Join(',', new[] { "point" }.Concat(keys).Concat(TimeseriesCsv.Columns).Select(CsvFormat.Text));

    /// <summary>The runs already recorded; a half-written last row (a killed process) is cut off.</summary>
    private static HashSet<(int, int)> Finished(string path, string header)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            File.WriteAllText(path, header + "\n");
            return [];
        }

        var bytes = SweepFolder.ReadBack(path);
        var end = Array.LastIndexOf(bytes, (byte)'\n') + 1;
        if (end < bytes.Length)
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
            file.SetLength(end);
        }

        var lines = Encoding.UTF8.GetString(bytes, 0, end).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 || lines[0] != header)
        {
            throw new OutputException($"{path} does not have the columns this sweep writes. Allowed: --force to start the sweep again.");
        }

        return lines.Skip(1).Select(RunsCsv.Key).ToHashSet();
    }

    private static string TimeseriesRows(SweepPoint point, Scenario scenario, ReplicateResult result)
    {
        var text = TimeseriesCsv.Write(new ScenarioResults(scenario, [result], DateTimeOffset.UnixEpoch, TimeSpan.Zero));
        var prefix = string.Join(',', new[] { Output.CsvFormat.Number(point.Index) }.Concat(point.Values.Select(CsvFormat.Text))) + ",";
        var rows = new StringBuilder();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            rows.Append(prefix).Append(line).Append('\n');
        }

        return rows.ToString();
    }

    /// <summary>runs.csv sorted by (point, replicate); timeseries.csv assembled in the same order, one run in memory at a time.</summary>
    private static void Finish(RunPlan sweep, SweepFolder folder, string header)
    {
        var runsPath = folder.PathOf(RunsCsv.FileName);
        var rows = File.ReadAllLines(runsPath).Skip(1).Select(r => (Key: RunsCsv.Key(r), Row: r)).OrderBy(r => r.Key).ToList();
        SweepFolder.WriteAtomically(runsPath, header + "\n" + string.Concat(rows.Select(r => r.Row + "\n")));
        if (!sweep.Timeseries)
        {
            return;
        }

        var path = folder.PathOf(TimeseriesCsv.FileName);
        using (var output = new StreamWriter(path + ".tmp", false, new UTF8Encoding(false)))
        {
            output.Write(TimeseriesHeader(sweep.Keys) + "\n");
            foreach (var ((point, replicate), _) in rows)
            {
                output.Write(File.ReadAllText(folder.RunTimeseries(point, replicate)));
            }
        }

        File.Move(path + ".tmp", path, overwrite: true);
    }
}
