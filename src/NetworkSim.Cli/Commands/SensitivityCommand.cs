using System.CommandLine;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Sensitivity;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// <c>networksim sensitivity</c>: how much each behavioural parameter moves the answers. One at a time (the default):
/// each design lever and behavioural parameter from low to high on the shipped design scenarios, paired replicates,
/// written to a results folder and, with <c>--docs</c>, into docs/model.md's table. Globally (<c>--method morris</c> or
/// <c>sobol</c>): every behavioural parameter over its plausible range at once, on one scenario
/// (<see cref="GlobalSensitivityRun"/>). Both run on the in-process reference engine.
/// </summary>
internal static class SensitivityCommand
{
    public static Command Create(string[] args)
    {
        var method = new Option<string>("--method") { Description = "one-at-a-time (default): each lever from low to high; morris: elementary effects (mu*, sigma); sobol: first-order and total indices (S1, ST).", DefaultValueFactory = _ => "one-at-a-time" };
        var samples = new Option<int?>("--samples") { Description = "morris: trajectories (default 20; (k + 1) runs each); sobol: base sample N, a power of two (default 64; N(k + 2) runs)." };
        var scenario = new Option<string?>("--scenario") { Description = "morris and sobol: the scenario (default scenarios/workshop-demo.yaml)." };
        var seed = new Option<string?>("--seed") { Description = "morris and sobol: the seed of the design, the replicates and the bootstrap (default the scenario's)." };
        var replicates = new Option<int?>("--replicates") { Description = "Replicates per lever and scenario (one-at-a-time, default 20) or per point (morris and sobol, default 1: the same seed at every point)." };
        var worlds = new WorldsOptions();
        var output = new Option<string?>("--out") { Description = "Results folder (default results/sensitivity/ one at a time, results/sensitivity-<method>/ for morris and sobol)." };
        var force = new Option<bool>("--force") { Description = "Replace an existing results folder that NetworkSim wrote." };
        var docs = new Option<string?>("--docs") { Description = "one-at-a-time: also replace the sensitivity table (between its markers) in this Markdown file (docs/model.md when no file is named).", Arity = ArgumentArity.ZeroOrOne };
        var only = new Option<string[]>("--lever") { Description = "one-at-a-time: only these levers (keys as in the table, e.g. facilitators.count); all when left out.", AllowMultipleArgumentsPerToken = true };
        var parallel = ParallelOption.Create("Runs");
        var quiet = new Option<bool>("--quiet") { Description = "No progress bar." };
        var command = new Command("sensitivity", "How much each parameter moves the answers: one at a time on the shipped design scenarios, or globally over the plausible ranges (Morris, Sobol').")
        {
            method, samples, scenario, seed, replicates, worlds.Vary, worlds.Fix, output, force, docs, only, parallel, quiet,
        };
        command.SetAction((result, cancellation) => CommandGuard.RunAsync(() =>
        {
            var name = result.GetValue(method)!;
            var workers = ParallelOption.Read(result, parallel);
            if (name == "one-at-a-time")
            {
                var global = new (string Option, bool Given)[]
                {
                    ("--samples", result.GetValue(samples) is not null), ("--scenario", result.GetValue(scenario) is not null), ("--seed", result.GetValue(seed) is not null),
                    ("--vary", (result.GetValue(worlds.Vary) ?? []).Length > 0), ("--fix", (result.GetValue(worlds.Fix) ?? []).Length > 0),
                }.FirstOrDefault(g => g.Given);
                if (global.Option is not null)
                {
                    throw new ScenarioException(new ScenarioProblem(global.Option, null, "", "is for --method morris or sobol. Allowed: one-at-a-time moves the table's levers on the shipped design scenarios, with --replicates, --lever, --out and --docs."));
                }

                var docsPath = result.GetResult(docs) is null ? null : result.GetValue(docs) is { Length: > 0 } d ? d : Path.Combine("docs", "model.md");
                return Task.FromResult(OneAtATimeRun.Run(result.GetValue(replicates) ?? 20, result.GetValue(only) ?? [], docsPath,
                    result.GetValue(output) ?? Path.Combine("results", "sensitivity"), result.GetValue(force), workers, cancellation));
            }

            var kind = name switch
            {
                "morris" => GlobalMethod.Morris,
                "sobol" => GlobalMethod.Sobol,
                _ => throw new ScenarioException(new ScenarioProblem("--method", null, "", $"'{name}' is not a method.{Suggestions.DidYouMean(name, ["one-at-a-time", "morris", "sobol"])} Allowed: one-at-a-time, morris, sobol.")),
            };
            var oat = new (string Option, bool Given)[] { ("--docs", result.GetResult(docs) is not null), ("--lever", (result.GetValue(only) ?? []).Length > 0) }.FirstOrDefault(g => g.Given);
            if (oat.Option is not null)
            {
                throw new ScenarioException(new ScenarioProblem(oat.Option, null, "", $"is for the one-at-a-time table. Allowed: --method {name} writes its results folder (--out)."));
            }

            return GlobalSensitivityRun.RunAsync(kind, result.GetValue(scenario) ?? Path.Combine("scenarios", "workshop-demo.yaml"), result.GetValue(seed), result.GetValue(samples),
                result.GetValue(replicates) ?? 1, result.GetValue(worlds.Vary) ?? [], result.GetValue(worlds.Fix) ?? [],
                result.GetValue(output) ?? Path.Combine("results", $"sensitivity-{name}"), result.GetValue(force), workers, result.GetValue(quiet), args, cancellation);
        }));
        return command;
    }
}
