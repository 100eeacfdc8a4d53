using System.CommandLine;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Sensitivity;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// <c>networksim sensitivity</c>: each design lever and behavioural parameter moved from low to high on the shipped
/// design scenarios, paired replicates on the in-process reference engine, written to a results folder
/// (<c>sensitivity.md</c>, <c>sensitivity.csv</c>) and, only with <c>--docs</c>, into docs/model.md's table.
/// </summary>
public static class SensitivityCommand
{
    public static Command Create()
    {
        var replicates = new Option<int>("--replicates") { Description = "Paired replicates per lever and scenario.", DefaultValueFactory = _ => 20 };
        var docs = new Option<string?>("--docs") { Description = "Also replace the sensitivity table of this Markdown file (between its markers); docs/model.md when no file is named.", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--out") { Description = "Results folder (default results/sensitivity/)." };
        var force = new Option<bool>("--force") { Description = "Replace an existing results folder." };
        var only = new Option<string[]>("--lever") { Description = "Only these levers (keys as in the table, e.g. facilitators.count); all when left out.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("sensitivity", "The sensitivity table: each lever from low to high on the shipped design scenarios, paired, with 95 % intervals, to a results folder (and docs/model.md with --docs).") { replicates, docs, only, output, force };
        command.SetAction((result, cancellation) => CommandGuard.RunAsync(() =>
        {
            var count = result.GetValue(replicates);
            if (count is < 2 or > 1000)
            {
                throw new ScenarioException(new ScenarioProblem("--replicates", null, "", $"{count} is out of range. Allowed: 2 to 1000."));
            }

            // --docs alone names docs/model.md; without --docs no document is touched.
            var path = result.GetResult(docs) is null ? null : result.GetValue(docs) ?? Path.Combine("docs", "model.md");
            if (path is not null && !File.Exists(path))
            {
                throw new ScenarioException(new ScenarioProblem("--docs", null, "", $"{path} not found. Allowed: an existing Markdown file, e.g. docs/model.md."));
            }

            var target = Path.GetFullPath(result.GetValue(output) ?? Path.Combine("results", "sensitivity"));
            var replace = result.GetValue(force);
            ResultsFolder.CheckTarget(target, replace);

            var wanted = result.GetValue(only) ?? [];
            var levers = SensitivityAnalysis.Levers.Where(l => wanted.Length == 0 || wanted.Contains(l.Key) || wanted.Contains(l.Key.Replace("parameters.", "", StringComparison.Ordinal))).ToArray();
            var unknown = wanted.FirstOrDefault(w => !SensitivityAnalysis.Levers.Any(l => l.Key == w || l.Key == "parameters." + w));
            if (unknown is not null)
            {
                throw new ScenarioException(new ScenarioProblem("--lever", null, "", $"{unknown} is not a lever of the table. Allowed: {string.Join(", ", SensitivityAnalysis.Levers.Select(l => l.Key.Replace("parameters.", "", StringComparison.Ordinal)).Distinct())}."));
            }

            var document = path is null ? null : DocsOption.Read(path);

            var previous = document is null ? null : SensitivityTable.PreviousReplicates(document);
            if (levers.Length < SensitivityAnalysis.Levers.Length && previous is not null && previous != count)
            {
                // The other levers' rows stay in the table: mixing replicate counts would make it say one thing and hold another.
                throw new ScenarioException(new ScenarioProblem("--replicates", null, "", $"{count} differs from the {previous} replicates of the table in {path}. Allowed: {previous} with --lever, or any count without --lever (every row is then regenerated)."));
            }

            var rows = SensitivityAnalysis.Run(SensitivityAnalysis.Scenarios, levers, count, Math.Max(1, Environment.ProcessorCount), row =>
            {
                cancellation.ThrowIfCancellationRequested();
                Console.Error.WriteLine($"{row.Lever.Key} {row.Lever.Change} on {row.Scenario}: {(row.Note.Length > 0 ? row.Note : row.Moves ? "moves" : "no change beyond its interval")}");
            });
            var folder = ResultsFolder.Begin(target, replace);
            try
            {
                folder.WriteText(SensitivityTable.MarkdownName, SensitivityTable.Markdown(rows, count));
                folder.WriteText(SensitivityTable.CsvName, SensitivityTable.Csv(rows));
                folder.Commit();
            }
            catch
            {
                folder.Abandon();
                throw;
            }

            if (path is null || document is null)
            {
                Console.WriteLine($"Wrote the sensitivity table ({rows.Count} rows) to {Path.Combine(target, SensitivityTable.MarkdownName)} and {SensitivityTable.CsvName}; docs/model.md is unchanged (--docs updates it).");
                return Task.FromResult(0);
            }

            var names = SensitivityAnalysis.Scenarios.Select(Path.GetFileNameWithoutExtension).ToArray();
            NetworkSim.Runner.Sweeps.SweepFolder.WriteAtomically(path, SensitivityTable.Update(document, rows, count, SensitivityAnalysis.Levers, names!));
            Console.WriteLine(levers.Length < SensitivityAnalysis.Levers.Length
                ? $"Wrote {rows.Count} rows to {Path.Combine(target, SensitivityTable.MarkdownName)} and updated them in the sensitivity table in {path}; the other rows are kept."
                : $"Wrote the sensitivity table ({rows.Count} rows) to {Path.Combine(target, SensitivityTable.MarkdownName)} and into {path}.");
            return Task.FromResult(0);
        }));
        return command;
    }
}
