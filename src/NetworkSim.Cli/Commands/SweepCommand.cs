using System.CommandLine;
using NetworkSim.Cli.Hosting;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// <c>networksim sweep</c>: runs every point x replicate of a sweep file on one embedded silo (or a cluster:
/// <c>--cluster</c>), several at once, streaming each result to disk; re-running the same sweep resumes it.
/// </summary>
internal static class SweepCommand
{
    public static Command Create(string[] args)
    {
        var file = new Argument<string>("sweep") { Description = "The sweep YAML file (see scenarios/sweeps/)." };
        var output = new Option<string?>("--out") { Description = "Results folder (default results/<sweep name>/); an unfinished sweep there is resumed." };
        var force = new Option<bool>("--force") { Description = "Start again: replace the folder, also when it holds another sweep." };
        var parallel = ParallelOption.Create("Runs");
        var quiet = new Option<bool>("--quiet") { Description = "No progress bar." };
        var cluster = new ClusterOptions();
        var telemetry = Telemetry.CreateOption();
        var command = new Command("sweep", "Run a scenario over a design of parameter values (grid, list, random, latin-hypercube, one-at-a-time) with common random numbers.")
        {
            file, output, force, parallel, quiet, telemetry,
        };
        cluster.AddWithCheckpointsTo(command);
        command.SetAction((result, cancellation) => CommandGuard.RunAsync(async () =>
        {
            var (address, checkpointEvery) = cluster.ReadWithCheckpoints(result);
            var workers = ParallelOption.Read(result, parallel);

            var warnings = new List<ScenarioProblem>();
            var sweep = SweepReader.Load(result.GetValue(file)!, warnings);
            foreach (var warning in warnings)
            {
                Console.Error.WriteLine($"warning: {warning}");
            }

            var baseScenario = SweepReader.BaseScenario(sweep);
            var target = Path.GetFullPath(result.GetValue(output) ?? Path.Combine("results", sweep.Name));
            SweepDiskEstimate.Check(sweep, baseScenario, new DriveInfo(ExistingAncestor(target)).AvailableFreeSpace);
            // The largest point, one replicate per run, as many at once as --parallel: the peak a sweep reaches.
            ResourceCheck.Apply((sweep.Largest ?? baseScenario) with { Replicates = 1 }, sweep.BasePath, workers, false);
            var fingerprint = SweepFingerprint.Of(sweep, baseScenario);
            using var folder = SweepFolder.Open(target, fingerprint, result.GetValue(force));
            if (folder.WasComplete)
            {
                PrintPoints(sweep, baseScenario, folder);
                Console.WriteLine($"{sweep.Name}: all {sweep.Runs:N0} runs are already done. Results: {folder.PathOf(SweepOutputs.ReportName)}");
                return 0;
            }

            Console.Error.WriteLine($"networksim: sweep {sweep.Name}: {sweep.Points.Count:N0} points x {sweep.Replicates} replicates = {sweep.Runs:N0} runs " +
                $"({YamlSection.EnumKey(sweep.Design.ToString())} over {string.Join(", ", sweep.Keys)}), seed {sweep.Seed}, {workers} at once on {(address is null ? "an embedded silo" : "a client of " + address)}");
            using var exporter = Telemetry.Start(result.GetValue(telemetry));
            await using var silo = await GrainHosts.StartAsync(address, cancellation);
            var progress = new SweepProgressBar(Console.Error, !Console.IsErrorRedirected, result.GetValue(quiet));
            TimeSpan elapsed;
            try
            {
                elapsed = await HostedRuns.RunAsync(silo, checkpointEvery,
                    (grains, recovery, stop) => new SweepRunner(grains, recovery).RunAsync(sweep, baseScenario, folder, workers, progress, stop),
                    $"the finished runs are kept in {folder.PathOf(RunsCsv.FileName)} (the same command resumes the sweep)", cancellation);
            }
            catch (OperationCanceledException)
            {
                // Unlike 'run', a sweep keeps what it finished: say so instead of CommandGuard's "no results".
                Console.Error.WriteLine();
                Console.Error.WriteLine($"cancelled; the finished runs are kept in {folder.PathOf(RunsCsv.FileName)}. Run the same command again to resume.");
                return 130;
            }

            SweepOutputs.Write(sweep, baseScenario, folder, Provenance.Current("networksim " + string.Join(' ', Secrets.Redact(args))), elapsed);
            folder.MarkComplete(fingerprint);
            PrintPoints(sweep, baseScenario, folder);
            Console.WriteLine($"Ran in {elapsed.TotalSeconds:0.0} s. Results: {folder.PathOf(SweepOutputs.ReportName)}");
            return 0;
        }));
        return command;
    }

    /// <summary>What the sweep found: a line per point (<see cref="SweepText"/>), from its runs.csv.</summary>
    private static void PrintPoints(SweepDefinition sweep, Model.Scenarios.Scenario baseScenario, SweepFolder folder)
    {
        var table = SweepTable.Read(folder.PathOf(RunsCsv.FileName), sweep.Keys.Count);
        foreach (var line in SweepText.Lines(sweep, table, baseScenario.Practices[0].Name))
        {
            Console.WriteLine(line);
        }
    }

    private static string ExistingAncestor(string path)
    {
        var directory = new DirectoryInfo(path);
        while (!directory.Exists && directory.Parent is not null)
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }
}
