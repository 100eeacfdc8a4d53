using System.CommandLine;
using NetworkSim.Cli.Hosting;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Validation;

namespace NetworkSim.Cli.Commands;

/// <summary><c>networksim validate</c>: the engine against Bass, independent cascade and the graph generators' known results.</summary>
public static class ValidateCommand
{
    public static Command Create(string[] args)
    {
        var quick = new Option<bool>("--quick") { Description = "The replicate counts the tests use (a few minutes); without it, 100 replicates per check." };
        var output = new Option<string>("--out") { Description = "Report folder.", DefaultValueFactory = _ => Path.Combine("results", "validation") };
        var force = new Option<bool>("--force") { Description = "Replace an existing report folder that NetworkSim wrote (never a folder of other files)." };
        var command = new Command("validate", "Check the engine against the known results of classic diffusion models and write a report.") { quick, output, force };
        command.SetAction((result, cancellation) => CommandGuard.RunAsync(async () =>
        {
            // Every reason the report cannot be written shows now, before the silo starts.
            var folder = ResultsFolder.Begin(result.GetValue(output)!, result.GetValue(force));
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
}
