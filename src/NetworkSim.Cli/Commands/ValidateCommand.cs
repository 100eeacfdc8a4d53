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
        var force = new Option<bool>("--force") { Description = "Replace an existing report folder." };
        var command = new Command("validate", "Check the engine against the known results of classic diffusion models and write a report.") { quick, output, force };
        command.SetAction((result, cancellation) => CommandGuard.RunAsync(async () =>
        {
            var target = result.GetValue(output)!;
            ResultsFolder.CheckTarget(Path.GetFullPath(target), result.GetValue(force));
            await using var silo = await EmbeddedSilo.StartAsync(cancellation);
            var results = await new ClassicValidation(silo.Grains, result.GetValue(quick), line => Console.Error.WriteLine(line)).RunAllAsync();
            ValidationReport.Write(results, ResultsFolder.Begin(target, result.GetValue(force)), Provenance.Current("networksim " + string.Join(' ', args)));
            foreach (var r in results)
            {
                Console.WriteLine($"{(r.Passed ? "pass" : "FAIL")}  {r.Name}: deviation {r.Deviation:0.#####} (tolerance {r.Tolerance:0.#####}). {r.Claim}");
            }

            Console.WriteLine($"Report: {Path.Combine(Path.GetFullPath(target), "report.html")}");
            return results.All(r => r.Passed) ? 0 : 1;
        }));
        return command;
    }
}
