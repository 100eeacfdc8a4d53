using System.CommandLine;
using NetworkSim.Cli.Hosting;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Validation;
using NetworkSim.Runner.Validation.Patterns;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// <c>networksim validate</c>: the engine against Bass, independent cascade and the graph generators' known results;
/// with <c>--calibration</c>, calibration against parameters it must recover.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(string[] args)
    {
        var quick = new Option<bool>("--quick") { Description = "The replicate counts the tests use (a few minutes); without it, 100 replicates per check. With --patterns: the defaults only, not each assumption's plausible range. With --calibration: the tests' smaller study." };
        var patterns = new Option<bool>("--patterns") { Description = "Check the qualitative patterns the source documents state (pattern-oriented validation) instead of the textbook models." };
        var calibration = new Option<bool>("--calibration") { Description = "Check calibration instead: parameters simulated from known values recovered by 'calibrate' (coverage, narrowing with more data) and Bass p, q from the closed-form curve." };
        var output = new Option<string?>("--out") { Description = "Report folder (default results/validation, results/patterns with --patterns, results/validation-calibration with --calibration)." };
        var force = new Option<bool>("--force") { Description = "Replace an existing report folder that NetworkSim wrote (never a folder of other files)." };
        var docs = new Option<string?>("--docs") { Description = "With --patterns: also write the pattern table into this Markdown file, between its markers (docs/model.md)." };
        var command = new Command("validate", "Check the engine against the known results of classic diffusion models, the model against the patterns its sources state (--patterns), or calibration (--calibration), and write a report.") { quick, patterns, calibration, output, force, docs };
        command.SetAction((result, cancellation) => CommandGuard.RunAsync(async () =>
        {
            if (result.GetValue(patterns) && result.GetValue(calibration))
            {
                throw new Runner.Scenarios.ScenarioException(new Runner.Scenarios.ScenarioProblem("--calibration", null, "", "and --patterns are two validations. Allowed: one of them at a time."));
            }

            if (result.GetValue(calibration))
            {
                return await CalibrationAsync(result.GetValue(output) ?? Path.Combine("results", "validation-calibration"), result.GetValue(force), result.GetValue(quick), args, cancellation);
            }

            if (result.GetValue(patterns))
            {
                return Patterns(result.GetValue(output) ?? Path.Combine("results", "patterns"), result.GetValue(force), result.GetValue(quick), result.GetValue(docs), args, cancellation);
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

            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{validation.Rows.Select(r => (r.Study, r.Truth, r.Data)).Distinct().Count()} calibrations, {validation.Rows.DistinctBy(r => (r.Study, r.Truth, r.Data)).Sum(r => r.Runs):N0} simulations."));
            // On a line of its own: the figures regions of the docs keep everything but the time.
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Ran in {clock.Elapsed.TotalMinutes:0.0} min on {Environment.ProcessorCount} cores."));
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

    /// <summary>Pattern-oriented validation on the in-process reference engine (which the grains match byte for byte).</summary>
    private static int Patterns(string output, bool force, bool quick, string? docs, string[] args, CancellationToken cancellation)
    {
        var document = docs is null ? null : DocsOption.Read(docs);

        var folder = ResultsFolder.Begin(output, force);
        var worlds = PatternValidation.Worlds(quick);
        Console.Error.WriteLine($"checking {PatternCatalog.All.Length} patterns in {worlds.Count} setting{(worlds.Count == 1 ? "" : "s")}, {PatternValidation.DefaultReplicates} paired replicates each");
        IReadOnlyList<PatternResult> results;
        try
        {
            results = new PatternValidation(ShippedScenarioFile.Root(), PatternValidation.DefaultReplicates, Environment.ProcessorCount, line =>
            {
                cancellation.ThrowIfCancellationRequested();
                Console.Error.WriteLine(line);
            }).Run(worlds);
            PatternReport.Write(results, PatternValidation.DefaultReplicates, folder, Provenance.Current("networksim " + string.Join(' ', args)));
        }
        catch (OperationCanceledException e) when (cancellation.IsCancellationRequested)
        {
            folder.Abandon();
            throw new CancelledException($"cancelled: pattern validation; no report was written and {folder.Target} was left as it was.", e);
        }
        catch
        {
            folder.Abandon();
            throw;
        }

        if (docs is not null)
        {
            NetworkSim.Runner.Sweeps.SweepFolder.WriteAtomically(docs, PatternReport.DocsRegion.Replace(document!, PatternReport.Markdown(results, PatternValidation.DefaultReplicates)));
            Console.WriteLine($"Wrote the pattern table into {docs}.");
        }

        foreach (var line in PatternReport.Summary(results))
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"Report: {Path.Combine(folder.Target, "report.html")}");
        return PatternReport.Passed(results) ? 0 : 1;
    }
}
