using System.CommandLine;
using NetworkSim.Cli.Hosting;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Validation;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// <c>networksim validate</c>: the engine against Bass, independent cascade and the graph generators' known results;
/// with <c>--calibration</c>, calibration against parameters it must recover.
/// </summary>
public static class ValidateCommand
{
    public static Command Create(string[] args)
    {
        var quick = new Option<bool>("--quick") { Description = "The replicate counts the tests use (a few minutes); without it, 100 replicates per check." };
        var output = new Option<string?>("--out") { Description = "Report folder (default results/validation/, with --calibration results/validation-calibration/)." };
        var force = new Option<bool>("--force") { Description = "Replace an existing report folder that NetworkSim wrote (never a folder of other files)." };
        var calibration = new Option<bool>("--calibration") { Description = "Check calibration instead: parameters simulated from known values recovered by 'calibrate' (coverage, narrowing with more data) and Bass p, q from the closed-form curve (--quick: the tests' smaller study)." };
        var command = new Command("validate", "Check the engine against the known results of classic diffusion models (or calibration: --calibration) and write a report.") { quick, output, force, calibration };
        command.SetAction((result, cancellation) => CommandGuard.RunAsync(async () =>
        {
            if (result.GetValue(calibration))
            {
                return await CalibrationAsync(result.GetValue(output) ?? Path.Combine("results", "validation-calibration"), result.GetValue(force), result.GetValue(quick), args, cancellation);
            }

            // Every reason the report cannot be written shows now, before the silo starts.
            var folder = ResultsFolder.Begin(result.GetValue(output) ?? Path.Combine("results", "validation"), result.GetValue(force));
            IReadOnlyList<ValidationResult> results;
            try
            {
                var silo = await EmbeddedSilo.StartAsync(cancellation);
                try
                {
                    // The checks take no token: stop waiting for them on cancellation; they end with the process.
                    results = await new ClassicValidation(silo.Grains, result.GetValue(quick), line => Console.Error.WriteLine(line)).RunAllAsync().WaitAsync(cancellation);
                }
                finally
                {
                    // Cancelled: the silo ends with the process (stopping it under running grain calls takes seconds and logs errors).
                    if (!cancellation.IsCancellationRequested)
                    {
                        await silo.DisposeAsync();
                    }
                }

                ValidationReport.Write(results, folder, Provenance.Current("networksim " + string.Join(' ', args)));
            }
            catch (OperationCanceledException e) when (cancellation.IsCancellationRequested)
            {
                folder.Abandon();
                throw new CancelledException($"cancelled: validation; no report was written and {folder.Target} was left as it was.", e);
            }
            catch
            {
                folder.Abandon();
                throw;
            }

            foreach (var r in results)
            {
                Console.WriteLine($"{(r.Passed ? "pass" : "FAIL")}  {r.Name}: deviation {r.Deviation:0.#####} (tolerance {r.Tolerance:0.#####}). {r.Claim}");
            }

            Console.WriteLine($"Report: {Path.Combine(folder.Target, "report.html")}");
            return results.All(r => r.Passed) ? 0 : 1;
        }));
        return command;
    }

    /// <summary><c>validate --calibration</c>: each check's line, the report, exit code 1 if any check failed.</summary>
    private static async Task<int> CalibrationAsync(string output, bool force, bool quick, string[] args, CancellationToken cancellation)
    {
        var folder = ResultsFolder.Begin(output, force);
        IReadOnlyList<CalibrationCheck> checks;
        try
        {
            var work = folder.PathOf("work");
            var validation = new CalibrationValidation(work, Environment.ProcessorCount, line => Console.Error.WriteLine(line));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            checks = await validation.RunAllAsync(quick, cancellation);
            Directory.Delete(work, recursive: true);
            CalibrationValidationReport.Write(checks, validation.Rows, folder, Provenance.Current("networksim " + string.Join(' ', args)));
            folder.Commit();
            foreach (var c in checks)
            {
                Console.WriteLine($"{(c.Passed ? "pass" : "FAIL")}  {c.Name}: {c.Figures}. Claim: {c.Claim}.");
            }

            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{validation.Rows.Select(r => (r.Study, r.Truth, r.Data)).Distinct().Count()} calibrations, {validation.Rows.DistinctBy(r => (r.Study, r.Truth, r.Data)).Sum(r => r.Runs):N0} simulations, in {clock.Elapsed.TotalMinutes:0.0} min on {Environment.ProcessorCount} cores."));
        }
        catch (OperationCanceledException e) when (cancellation.IsCancellationRequested)
        {
            folder.Abandon();
            throw new CancelledException($"cancelled: calibration validation; no report was written and {folder.Target} was left as it was.", e);
        }
        catch
        {
            folder.Abandon();
            throw;
        }

        Console.WriteLine($"Report: {Path.Combine(folder.Target, "report.html")}");
        return checks.All(c => c.Passed) ? 0 : 1;
    }
}
