using NetworkSim.Runner.Files;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Worlds;

/// <summary>
/// A file of given worlds for <c>compare --worlds-file</c> (e.g. a calibration's <c>posterior-worlds.csv</c>): a CSV
/// whose header is <c>world</c> then behavioural parameter keys as <c>networksim params</c> names them
/// (<c>trust.growth</c>; <c>parameters.trust.growth</c> is read too), one row per world, each value a number within the
/// parameter's allowed range (whole for a whole-number parameter). A world's label is its <c>world</c> cell, unique and
/// not empty. Keys the file does not name keep each design's value. Problems name the file, line and key.
/// </summary>
public static class WorldsFile
{
    /// <summary>Problems listed before the rest are summed up (a file of 10,000 bad rows is one mistake).</summary>
    private const int MaxProblems = 10;

    public static (IReadOnlyList<WorldParameter> Columns, IReadOnlyList<World> Worlds) Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new ScenarioException(new ScenarioProblem("--worlds-file", null, "", $"{path} not found. Allowed: a CSV file whose header is world, then parameter keys, e.g. world,trust.growth,school.time_away."));
        }

        var problems = new List<ScenarioProblem>();
        List<(string Text, int Line)> lines;
        try
        {
            // A regular file of at most 64 MiB (10,000 worlds of every parameter are about 6 MiB): not a FIFO, a device or a folder.
            lines = InputFile.Lines(path, new InputLimit("a worlds file", 64L << 20)).Select(l => (Text: l.Text.TrimStart('\uFEFF'), l.Line)).Where(l => l.Text.Trim().Length > 0).ToList();
        }
        catch (InputFileException e)
        {
            throw new ScenarioException(e.Problem with { File = "--worlds-file " + path });
        }

        using var rows = lines.GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new ScenarioException(new ScenarioProblem(name, null, "", "the file is empty. Allowed: a header (world, then parameter keys) and one row per world."));
        }

        var header = CsvFormat.Cells(rows.Current.Text).Select(c => c.Trim()).ToArray();
        if (header[0] != "world" || header.Length < 2)
        {
            throw new ScenarioException(new ScenarioProblem(name, rows.Current.Line, "", $"the header is '{Short(rows.Current.Text)}'. Allowed: world, then parameter keys as 'networksim params' lists them, e.g. world,trust.growth,school.time_away."));
        }

        var infos = header.Skip(1).Select(key => WorldSpace.Behavioural(key, m => new ScenarioProblem(name, 1, key, m), problems)).ToArray();
        foreach (var twice in infos.Where(i => i is not null).GroupBy(i => i!.Key).Where(g => g.Count() > 1))
        {
            problems.Add(new ScenarioProblem(name, 1, twice.Key, "is a column twice. Allowed: each key once."));
        }

        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }

        var worlds = new List<World>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        while (rows.MoveNext() && problems.Count < MaxProblems)
        {
            var (text, line) = rows.Current;
            if (worlds.Count == WorldSpace.MaxWorlds)
            {
                problems.Add(new ScenarioProblem(name, line, "", $"more than {WorldSpace.MaxWorlds:N0} worlds. Allowed: at most {WorldSpace.MaxWorlds:N0} rows."));
                break;
            }

            var cells = CsvFormat.Cells(text);
            if (cells.Length != header.Length)
            {
                problems.Add(new ScenarioProblem(name, line, "", $"{cells.Length} cells, the header has {header.Length}. Allowed: a world label and a value for every key."));
                continue;
            }

            var label = cells[0].Trim();
            if (label.Length == 0 || !labels.Add(label))
            {
                problems.Add(new ScenarioProblem(name, line, "world", label.Length == 0 ? "is empty. Allowed: a label of its own for every world, e.g. its number." : $"'{Short(label)}' is the label of an earlier row. Allowed: a label of its own for every world."));
                continue;
            }

            var values = new double[infos.Length];
            var fine = true;
            for (var j = 0; j < infos.Length; j++)
            {
                var key = header[j + 1];
                if (!WorldSpace.TryNumber(cells[j + 1], out values[j]))
                {
                    problems.Add(new ScenarioProblem(name, line, key, $"'{Short(cells[j + 1])}' is not a number. Allowed: a number from {WorldSpace.F(infos[j]!.Declaration.Min)} to {WorldSpace.F(infos[j]!.Declaration.Max)}."));
                    fine = false;
                }
                else
                {
                    fine &= WorldSpace.Check(infos[j]!, values[j], m => problems.Add(new ScenarioProblem(name, line, key, m)));
                }
            }

            if (fine)
            {
                worlds.Add(new World(label, values));
            }
        }

        if (problems.Count == 0 && worlds.Count == 0)
        {
            problems.Add(new ScenarioProblem(name, null, "", "no worlds: the file has a header and no rows. Allowed: one row per world."));
        }

        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }

        var columns = infos.Select((info, j) => new WorldParameter(info!.Key, worlds.Min(w => w.Values[j]), worlds.Max(w => w.Values[j]), info.Declaration.Integer)).ToArray();
        return (columns, worlds);
    }

    /// <summary>At most 40 characters of a cell or line, for a message.</summary>
    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
