using NetworkSim.Runner.Output;
using NetworkSim.Runner.Files;
using System.Globalization;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// Reads observed shares from a tidy CSV: a time column (<c>tick</c>, <c>week</c> or <c>term</c> with a stated
/// length), any of the <see cref="ObservedColumn"/> shares, and optionally <c>practice</c>, <c>school</c> and
/// <c>n</c> (the survey's sample size). An empty cell is no observation. Every problem names the file, line and
/// column, and nothing is run.
/// </summary>
public static class ObservedReader
{
    /// <summary>An observed table is a few dozen rows; 64 MiB is far beyond any survey and keeps a wrong file from filling memory.</summary>
    public const long MaxBytes = 64L << 20;

    private const string Shares = "adoption, in_network, back_home, schools_institutionalised";
    private const string ShareAllowed = "Allowed: a share from 0 to 1 (45 % is 0.45), or an empty cell for no observation.";
    private static readonly string[] TimeColumns = ["tick", "week", "term"];
    private static readonly string[] Known = [.. TimeColumns, .. ObservedColumn.All.Select(c => c.Name), "practice", "school", "n"];

    /// <param name="path">The CSV file.</param>
    /// <param name="scenario">The scenario it is compared with: its ticks, practices and schools.</param>
    /// <param name="termWeeks">Weeks in a term, for a <c>term</c> column (0: not given).</param>
    public static ObservedData Read(string path, Scenario scenario, int termWeeks)
    {
        var file = Path.GetFileName(path);
        var lines = Lines(path, file);
        if (lines.Count == 0)
        {
            throw Problem(file, null, "", $"empty. Allowed: a header naming the columns (tick, week or term, then any of {Shares}, and optionally practice, school, n), then one row per time point.");
        }

        var (headerLine, headerText) = lines[0];
        var header = new ObservedHeader(CsvFormat.Cells(headerText, trim: true).Select(h => h.ToLowerInvariant()).ToArray(), file, headerLine, scenario, termWeeks);
        if (lines.Count == 1)
        {
            throw Problem(file, headerLine, "", "holds only its header, no observations. Allowed: one row per time point after the header, e.g. 26,0.4 under tick,adoption.");
        }

        var problems = new List<ScenarioProblem>();
        var points = new List<ObservedPoint>();
        var seen = new Dictionary<(int, ObservedColumn, int, int), int>();
        foreach (var (line, text) in lines.Skip(1))
        {
            var fields = CsvFormat.Cells(text, trim: true);
            if (fields.Length != header.Names.Length)
            {
                problems.Add(new(file, line, "", $"{fields.Length} fields, but the header has {header.Names.Length}. Allowed: {headerText}."));
                continue;
            }

            var row = header.Row(fields, line, problems);
            if (row is null)
            {
                continue;
            }

            foreach (var (column, index) in header.Values)
            {
                var cell = fields[index];
                if (cell.Length == 0)
                {
                    continue;
                }

                if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                {
                    problems.Add(new(file, line, column.Name, $"'{Clip(cell)}' is not a number. {ShareAllowed}"));
                    continue;
                }

                if (value is < 0 or > 1)
                {
                    problems.Add(new(file, line, column.Name, $"{cell} is outside 0 to 1. {ShareAllowed}"));
                    continue;
                }

                if (row.School >= 0 && column != ObservedColumn.Adoption)
                {
                    problems.Add(new(file, line, column.Name, $"observed for one school ({scenario.Network.Schools[row.School]}). Allowed: per school only adoption; an empty school cell for the whole network's {column.Name}."));
                    continue;
                }

                var population = column.Population(scenario.Network, row.School);
                if (row.SampleSize > population)
                {
                    problems.Add(new(file, line, "n", $"{row.SampleSize} is more than the {population} {column.Counted} {column.Name} counts. Allowed: a whole number from 1 to {population}, or an empty cell for everyone."));
                    continue;
                }

                if (seen.TryGetValue((row.Tick, column, row.Practice, row.School), out var earlier))
                {
                    problems.Add(new(file, line, column.Name, $"observed twice at tick {row.Tick} (also on line {earlier}). Allowed: one value per tick, practice, school and column."));
                    continue;
                }

                seen[(row.Tick, column, row.Practice, row.School)] = line;
                points.Add(new ObservedPoint(line, row.Tick, column, row.Practice, row.School, row.SampleSize, value));
            }
        }

        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }

        if (points.Count == 0)
        {
            throw Problem(file, null, "", "no observations: every share cell is empty. Allowed: at least one share from 0 to 1.");
        }

        return new ObservedData(path, header.Time, termWeeks, points);
    }

    /// <summary>
    /// The lines worth reading (blank lines and # comments skipped), with their numbers, from a regular file of at most
    /// 64 MiB (<see cref="InputFile"/>: a FIFO, a device or a folder is refused, not waited on).
    /// </summary>
    private static List<(int Line, string Text)> Lines(string path, string file)
    {
        if (!File.Exists(path))
        {
            throw Problem(file, null, "", Directory.Exists(path) ? "is a folder, not a file. Allowed: a CSV file of observations." : "file not found. Allowed: a CSV file of observations (see docs/calibration.md).");
        }

        try
        {
            return InputFile.Lines(path, new InputLimit("an observed table", MaxBytes))
                .Select(l => (l.Line, Text: l.Text.Trim().TrimStart('\uFEFF')))
                .Where(l => l.Text.Length > 0 && !l.Text.StartsWith('#'))
                .ToList();
        }
        catch (InputFileException e)
        {
            throw new ScenarioException(e.Problem with { File = file });
        }
    }

    internal static string Clip(string text) => text.Length <= 200 ? text : text[..200] + "…";

    internal static ScenarioException Problem(string file, int? line, string field, string message) => new(new ScenarioProblem(file, line, field, message));

    internal static IReadOnlyList<string> KnownColumns => Known;

    internal static IReadOnlyList<string> Times => TimeColumns;
}
