using System.CommandLine;
using System.Globalization;
using NetworkSim.Cli.Hosting;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;

namespace NetworkSim.Cli.Commands;

/// <summary><c>networksim run</c>: runs a scenario's replicates on an embedded silo and writes its results folder.</summary>
internal static class RunCommand
{
    public static Command Create(string[] args)
    {
        var options = new ScenarioOptions();
        var cluster = new ClusterOptions();
        var telemetry = Telemetry.CreateOption();
        var output = new Option<string?>("--out") { Description = "Results folder (default results/<scenario name>/)." };
        var force = new Option<bool>("--force") { Description = "Replace an existing results folder that NetworkSim wrote (never a folder of other files)." };
        var parallel = ParallelOption.Create("Replicates run");
        var quiet = new Option<bool>("--quiet") { Description = "No progress bar." };
        var command = new Command("run", "Run a scenario on an embedded silo (or a cluster: --cluster) and write data, plots and a report.");
        options.AddTo(command);
        cluster.AddWithCheckpointsTo(command);
        command.Options.Add(telemetry);
        command.Options.Add(output);
        command.Options.Add(force);
        command.Options.Add(parallel);
        command.Options.Add(quiet);
        command.SetAction((result, cancellation) => CommandGuard.RunAsync(async () =>
        {
            var agentOptions = options.AgentOptions(result);
            var scenario = options.Load(result);
            var (address, checkpointEvery) = cluster.ReadWithCheckpoints(result);
            using var exporter = Telemetry.Start(result.GetValue(telemetry));
            var workers = ParallelOption.Read(result, parallel);

            ResourceCheck.Apply(scenario, options.ScenarioPath(result), workers, result.GetValue(options.Strict));

            // Every reason the results cannot be written shows now, before the silo starts: the staging folder is made here.
            var folder = ResultsFolder.Begin(result.GetValue(output) ?? Path.Combine("results", FolderName.From(scenario.Name)), result.GetValue(force));
            foreach (var stale in folder.RemovedStale)
            {
                Console.Error.WriteLine($"networksim: removed {stale}, left by a run that is no longer running.");
            }

            var progress = new CountingProgress(new ProgressBar(Console.Error, !Console.IsErrorRedirected, result.GetValue(quiet)));
            try
            {
                var network = scenario.Network;
                Console.Error.WriteLine($"networksim: {scenario.Name}: {network.SchoolCount:N0} schools, {network.ParticipantCount:N0} participants " +
                    $"({network.TeamMembers:N0} in the network), {scenario.Ticks} ticks x {scenario.Replicates} replicates, seed {scenario.Seed}, on {(address is null ? "an embedded silo" : "a client of " + address)}");
                await RunAsync(scenario, address, checkpointEvery, folder, agentOptions, Math.Min(workers, scenario.Replicates), progress, args, cancellation);
            }
            catch (OperationCanceledException e) when (cancellation.IsCancellationRequested)
            {
                folder.Abandon();
                var done = progress.Latest;
                throw new CancelledException($"cancelled: {scenario.Name}, {done?.TicksDone ?? 0:N0} of {(long)scenario.Replicates * scenario.Ticks:N0} ticks done " +
                    $"({done?.ReplicatesDone ?? 0} of {scenario.Replicates} replicates); no results were written and {folder.Target} was left as it was.", e);
            }
            catch (IOException e)
            {
                // A full disk or a vanished folder while writing: nothing half-written stays behind.
                folder.Abandon();
                throw new OutputException($"{folder.Staging}: writing the results failed ({e.Message}); the partial folder was removed and {folder.Target} was left as it was.");
            }
            catch
            {
                folder.Abandon();
                throw;
            }

            Console.WriteLine($"Results: {Path.Combine(folder.Target, ReportHtml.FileName)}");
            return 0;
        }));
        return command;
    }

    private static async Task RunAsync(Scenario scenario, ClusterAddress? cluster, int checkpointEvery, ResultsFolder folder, AgentOptions agentOptions, int workers, IProgress<RunProgress> progress, string[] args, CancellationToken cancellation)
    {
        using var agents = agentOptions == AgentOptions.None ? null : new AgentOutputs(scenario, folder, agentOptions);
        var silo = await GrainHosts.StartAsync(cluster, cancellation);
        ScenarioResults results;
        try
        {
            results = await HostedRuns.RunAsync(silo, checkpointEvery,
                (grains, recovery, stop) => new ScenarioRunner(grains, recovery).RunAsync(scenario, workers, progress, stop, agents), "no results were written", cancellation);
        }
        finally
        {
            // Cancelled: the silo ends with the process. Stopping it under a running grain call (the first tick of a
            // large network takes seconds) would make the user wait and log errors for calls nobody waits for.
            if (!cancellation.IsCancellationRequested)
            {
                await silo.DisposeAsync();
            }
        }

        ResultsWriter.Write(results, folder, Provenance.Current("networksim " + string.Join(' ', Secrets.Redact(args))), agents);
        PrintKeyFigures(results);
    }

    private static void PrintKeyFigures(ScenarioResults results)
    {
        foreach (var p in ResultsSummary.Practices(results))
        {
            var half = p.TimeTo.First(t => t.Level == 0.5);
            var time = half.Median is { } m ? $"{m.ToString("0.#", CultureInfo.InvariantCulture)} ticks to 50 % ({half.Reached}/{half.Replicates} replicates)" : "50 % not reached";
            // A run that stops while adoption still climbs has no final level yet: say so on the same line.
            var rising = p.AtEnd.StillRising ? $"; {p.AtEnd.Describe()}" : "";
            Console.WriteLine($"{p.Name}: final adoption {p.FinalAdoption.Mean:P1} (95 % CI {p.FinalAdoption.Ci95Low:P1}–{p.FinalAdoption.Ci95High:P1}), " +
                $"in the network {p.FinalInNetwork.Mean:P1}, back home {p.FinalBackHome.Mean:P1}; {time}{rising}");
        }

        Console.WriteLine($"Ran in {results.Elapsed.TotalSeconds:0.0} s.");
    }
}
