using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Sensitivity;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// <c>networksim sensitivity</c> one at a time: each lever from low to high on the shipped design scenarios, paired
/// replicates, into a results folder (<c>sensitivity.md</c>, <c>sensitivity.csv</c>), and with <c>--docs</c> into that file's table too.
/// </summary>
internal static class OneAtATimeRun
{
    public static int Run(int count, string[] wanted, string? docs, string target, bool force, int workers, CancellationToken cancellation)
    {
        if (count is < 2 or > 1000)
        {
            throw new ScenarioException(new ScenarioProblem("--replicates", null, "", $"{count} is out of range. Allowed: 2 to 1000."));
        }

        var levers = SensitivityAnalysis.Levers.Where(l => wanted.Length == 0 || wanted.Contains(l.Key) || wanted.Contains(l.Key.Replace("parameters.", "", StringComparison.Ordinal))).ToArray();
        var unknown = wanted.FirstOrDefault(w => !SensitivityAnalysis.Levers.Any(l => l.Key == w || l.Key == "parameters." + w));
        if (unknown is not null)
        {
            throw new ScenarioException(new ScenarioProblem("--lever", null, "", $"{unknown} is not a lever of the table. Allowed: {string.Join(", ", SensitivityAnalysis.Levers.Select(l => l.Key.Replace("parameters.", "", StringComparison.Ordinal)).Distinct())}."));
        }

        var document = docs is null ? null : DocsOption.Read(docs);
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
            folder.WriteText(SensitivityTable.MarkdownName, SensitivityTable.Markdown(rows, count));
            folder.WriteText(SensitivityTable.CsvName, SensitivityTable.Csv(rows));
            folder.Commit();
        }
        catch
        {
            folder.Abandon();
            throw;
        }

        var table = Path.Combine(folder.Target, SensitivityTable.MarkdownName);
        if (docs is null)
        {
            Console.WriteLine($"Wrote the sensitivity table ({rows.Count} rows) to {table} and {SensitivityTable.CsvName}; docs/model.md is unchanged (--docs updates it).");
            return 0;
        }

        var names = SensitivityAnalysis.Scenarios.Select(Path.GetFileNameWithoutExtension).ToArray();
        Runner.Sweeps.SweepFolder.WriteAtomically(docs, SensitivityTable.Update(document!, rows, count, SensitivityAnalysis.Levers, names!));
        Console.WriteLine(levers.Length < SensitivityAnalysis.Levers.Length
            ? $"Wrote {rows.Count} rows to {table} and updated them in the sensitivity table in {docs}; the other rows are kept."
            : $"Wrote the sensitivity table ({rows.Count} rows) to {table} and into {docs}.");
        return 0;
    }
}
