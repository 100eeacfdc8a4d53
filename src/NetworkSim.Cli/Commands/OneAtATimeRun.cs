using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Sensitivity;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// <c>networksim sensitivity</c> one at a time: each lever from low to high on the shipped design scenarios, paired
/// replicates, into a results folder (<c>one-at-a-time.md</c>), and with <c>--docs</c> into that file's table too.
/// </summary>
internal static class OneAtATimeRun
{
    public const string TableName = "one-at-a-time.md";

    public static int Run(int count, string[] wanted, string? docs, string target, bool force, int workers, CancellationToken cancellation)
    {
        if (count is < 2 or > 1000)
        {
            throw new ScenarioException(new ScenarioProblem("--replicates", null, "", $"{count} is out of range. Allowed: 2 to 1000."));
        }

        if (docs is not null && !File.Exists(docs))
        {
            throw new ScenarioException(new ScenarioProblem("--docs", null, "", $"{docs} not found. Allowed: an existing Markdown file, e.g. docs/model.md."));
        }

        var levers = SensitivityAnalysis.Levers.Where(l => wanted.Length == 0 || wanted.Contains(l.Key) || wanted.Contains(l.Key.Replace("parameters.", "", StringComparison.Ordinal))).ToArray();
        var unknown = wanted.FirstOrDefault(w => !SensitivityAnalysis.Levers.Any(l => l.Key == w || l.Key == "parameters." + w));
        if (unknown is not null)
        {
            throw new ScenarioException(new ScenarioProblem("--lever", null, "", $"{unknown} is not a lever of the table. Allowed: {string.Join(", ", SensitivityAnalysis.Levers.Select(l => l.Key.Replace("parameters.", "", StringComparison.Ordinal)).Distinct())}."));
        }

        var document = docs is null ? null : File.ReadAllText(docs).Replace("\r\n", "\n", StringComparison.Ordinal);
        var previous = document is null ? null : SensitivityTable.PreviousReplicates(document);
        if (levers.Length < SensitivityAnalysis.Levers.Length && previous is not null && previous != count)
        {
            // The other levers' rows stay in the table: mixing replicate counts would make it say one thing and hold another.
            throw new ScenarioException(new ScenarioProblem("--replicates", null, "", $"{count} differs from the {previous} replicates of the table in {docs}. Allowed: {previous} with --lever, or any count without --lever (every row is then regenerated)."));
        }

        ResultsFolder.CheckTarget(target, force);
        var rows = SensitivityAnalysis.Run(SensitivityAnalysis.Scenarios, levers, count, workers, row =>
        {
            cancellation.ThrowIfCancellationRequested();
            Console.Error.WriteLine($"{row.Lever.Key} {row.Lever.Change} on {row.Scenario}: {(row.Note.Length > 0 ? row.Note : row.Moves ? "moves" : "no change beyond its interval")}");
        });
        var folder = ResultsFolder.Begin(target, force);
        try
        {
            folder.WriteText(TableName, SensitivityTable.Markdown(rows, count));
            folder.Commit();
        }
        catch
        {
            folder.Abandon();
            throw;
        }

        if (docs is not null)
        {
            var names = SensitivityAnalysis.Scenarios.Select(Path.GetFileNameWithoutExtension).ToArray();
            Runner.Sweeps.SweepFolder.WriteAtomically(docs, SensitivityTable.Update(document!, rows, count, SensitivityAnalysis.Levers, names!));
            Console.WriteLine(levers.Length < SensitivityAnalysis.Levers.Length
                ? $"Updated {rows.Count} rows of the sensitivity table in {docs}; the other rows are kept."
                : $"Wrote the sensitivity table ({rows.Count} rows) into {docs}.");
        }

        Console.WriteLine($"Results: {Path.Combine(folder.Target, TableName)}");
        return 0;
    }
}
