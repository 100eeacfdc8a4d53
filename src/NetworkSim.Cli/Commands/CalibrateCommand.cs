using System.CommandLine;
using System.Globalization;
using NetworkSim.Cli.Hosting;
using NetworkSim.Runner.Calibration;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// <c>networksim calibrate</c>: fits behavioural parameters to observed shares by ABC-SMC, in this process (or on a
/// cluster: <c>--cluster</c>), several runs at once; the same command resumes a killed calibration.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create(string[] args)
    {
        var scenarioFile = new Argument<string>("scenario") { Description = "The scenario YAML file to calibrate." };
        var options = new CalibrateOptions();
        var output = new Option<string?>("--out") { Description = "Results folder (default results/<scenario name>-calibration/); an unfinished calibration there is resumed." };
        var force = new Option<bool>("--force") { Description = "Start again: replace the folder, also when it holds another calibration." };
        var parallel = ParallelOption.Create("Simulations");
        var quiet = new Option<bool>("--quiet") { Description = "No progress bar." };
        var cluster = new ClusterOptions();
        var command = new Command("calibrate", "Fit uncertain parameters to observed adoption (ABC-SMC): posterior, credible intervals, identifiability, a calibrated scenario and posterior worlds.")
        {
            scenarioFile, output, force, parallel, quiet,
        };
        options.AddTo(command);
        cluster.AddWithCheckpointsTo(command);
        command.SetAction((result, cancellation) => CommandGuard.RunAsync(async () =>
        {
            var (address, checkpointEvery) = cluster.ReadWithCheckpoints(result);
            var workers = ParallelOption.Read(result, parallel);
            var definition = options.Read(result, result.GetValue(scenarioFile)!);
            var target = Path.GetFullPath(result.GetValue(output) ?? Path.Combine("results", FolderName.From(definition.Scenario.Name) + "-calibration"));
            ResourceCheck.Apply(definition.Scenario with { Replicates = 1 }, definition.ScenarioPath, workers, false);
            var fingerprint = definition.Fingerprint();
            using var folder = SweepFolder.Open(target, fingerprint, result.GetValue(force), ResumableFolderKind.Calibration);
            if (folder.WasComplete)
            {
                Console.WriteLine($"{definition.Scenario.Name}: this calibration is already done. Results: {folder.PathOf(CalibrationOutputs.ReportName)}");
                return 0;
            }

            var s = definition.Settings;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"networksim: calibrate {definition.Scenario.Name} to {definition.Observed.File} ({definition.Observed.Points.Count} observations up to tick {definition.Observed.LastTick}): " +
                $"{string.Join(", ", s.Parameters)}; {s.Particles} particles, at most {s.MaxGenerations} generations and {s.MaxRuns:N0} runs, seed {s.Seed}, {workers} at once " +
                $"{(address is null ? "in this process" : "on a client of " + address)}"));
            var progress = new CalibrationProgressBar(Console.Error, !Console.IsErrorRedirected, result.GetValue(quiet));
            var provenance = Provenance.Current("networksim " + string.Join(' ', Secrets.Redact(args)));
            (CalibrationOutcome Outcome, Analysis.Calibration.PosteriorSummary Posterior) done;
            try
            {
                if (address is null)
                {
                    done = await RunAsync(definition, new ReferenceSimulator(), workers, folder, progress, provenance, cancellation);
                }
                else
                {
                    await using var host = await GrainHosts.StartAsync(address, cancellation);
                    done = await HostedRuns.RunAsync(host, checkpointEvery,
                        (grains, recovery, stop) => RunAsync(definition, new GrainSimulator(grains, "on a client of " + address, recovery), workers, folder, progress, provenance, stop),
                        $"the finished generations are kept in {folder.Target} (the same command resumes the calibration)", cancellation);
                }
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                Console.Error.WriteLine();
                Console.Error.WriteLine($"cancelled; the finished generations and runs are kept in {folder.Target}. Run the same command again to resume.");
                return 130;
            }

            folder.MarkComplete(fingerprint);
            Print(done.Outcome, done.Posterior);
            Console.WriteLine($"Results: {folder.PathOf(CalibrationOutputs.ReportName)}");
            return 0;
        }));
        return command;
    }

    private static async Task<(CalibrationOutcome, Analysis.Calibration.PosteriorSummary)> RunAsync(CalibrationDefinition definition, ICalibrationSimulator simulator, int workers, SweepFolder folder,
        IProgress<CalibrationProgress> progress, Provenance provenance, CancellationToken cancellation)
    {
        var outcome = await new CalibrationRunner(simulator, workers).RunAsync(definition, folder, progress, cancellation);
        var posterior = await CalibrationOutputs.WriteAsync(definition, outcome, simulator, workers, folder, provenance, cancellation);
        return (outcome, posterior);
    }

    private static void Print(CalibrationOutcome outcome, Analysis.Calibration.PosteriorSummary posterior)
    {
        foreach (var p in posterior.Parameters)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.Name}: median {p.Median:0.####}, 95 % credible interval {p.Credible95.Low:0.####} to {p.Credible95.High:0.####}"));
        }

        foreach (var note in posterior.IdentifiabilityNotes)
        {
            Console.WriteLine(note);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{outcome.State.RunsUsed:N0} simulations over {outcome.State.History.Count} generations (effective sample size {posterior.EffectiveSampleSize:0}); stopped: {outcome.State.StopReason}."));
        // On a line of its own: the figures regions of the docs keep everything a calibration prints but the time.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ran in {outcome.Elapsed.TotalSeconds:0.0} s."));
    }
}
