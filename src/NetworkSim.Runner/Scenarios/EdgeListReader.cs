using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Files;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios.NetworkFiles;

namespace NetworkSim.Runner.Scenarios;

/// <summary>Reads a network's <c>edge_list</c>: a CSV of school pairs (<c>school_a,school_b</c>) or a GraphML file whose node ids are school names.</summary>
internal static class EdgeListReader
{
    /// <summary>The numbered lines of a CSV of school pairs, or a GraphML file's ties (school names as node ids) as such lines.</summary>
    private static IEnumerable<(int Line, string Text)> Lines(YamlSection section, string path)
    {
        if (Path.GetExtension(path).Equals(".graphml", StringComparison.OrdinalIgnoreCase))
        {
            var content = GraphMlNetworkReader.Read(path, "school", symmetrise: false, new NetworkFileLog(section.Problems, section.Warnings));
            return content?.Ties.Select(t => (t.Line, $"{CsvFormat.Text(t.A)},{CsvFormat.Text(t.B)}")) ?? [];
        }

        return InputFile.Lines(path, InputLimit.Network);
    }

    /// <summary>The ties of <c>edge_list</c>: each pair once (a repeat, either way round, is a warning), every bad line a problem with its number.</summary>
    public static List<SchoolTie> Read(YamlSection section, string path, IReadOnlyList<string> schools)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            section.Problem("edge_list", $"file not found: {path}. Allowed: a CSV file of school pairs or a GraphML file, relative to the scenario file.");
            return [];
        }

        var index = schools.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
        var edges = new List<SchoolTie>();
        var firstSeen = new Dictionary<(int, int), int>();
        var duplicates = new List<(int Line, int First)>();
        var file = Path.GetFileName(path);
        var pairs = 0;
        try
        {
            foreach (var (lineNumber, raw) in Lines(section, path))
            {
                var line = raw.Trim();
                if (line.Length == 0 || line.StartsWith('#') || (lineNumber == 1 && line.StartsWith("school_a", StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                pairs++;
                var parts = CsvFormat.Cells(line, trim: true);
                if (parts.Length != 2)
                {
                    section.Problems.Add(new ScenarioProblem(file, lineNumber, "edge", $"{InputText.Quote(line)} is not a pair. Allowed: two school names separated by a comma."));
                    continue;
                }

                var ends = new int[2];
                for (var e = 0; e < 2; e++)
                {
                    if (!index.TryGetValue(parts[e], out ends[e]))
                    {
                        section.Problems.Add(new ScenarioProblem(file, lineNumber, "edge",
                            $"{InputText.Quote(parts[e])} is not a school of this network.{Suggestions.DidYouMean(parts[e], schools)} Allowed: {ScenarioReader.Names(schools)}."));
                        ends[e] = -1;
                    }
                }

                if (ends[0] >= 0 && ends[1] >= 0)
                {
                    if (ends[0] == ends[1])
                    {
                        section.Problems.Add(new ScenarioProblem(file, lineNumber, "edge", $"{InputText.Quote(line)} ties a school to itself. Allowed: two different schools."));
                    }
                    else if (firstSeen.TryGetValue((Math.Min(ends[0], ends[1]), Math.Max(ends[0], ends[1])), out var first))
                    {
                        // Ties are undirected: B,A repeats A,B. The network holds each tie once.
                        duplicates.Add((lineNumber, first));
                    }
                    else
                    {
                        firstSeen[(Math.Min(ends[0], ends[1]), Math.Max(ends[0], ends[1]))] = lineNumber;
                        edges.Add(new SchoolTie(ends[0], ends[1]));
                    }
                }
            }
        }
        catch (InputFileException e)
        {
            section.Problems.Add(e.Problem);
            return [];
        }

        if (pairs == 0)
        {
            section.Problem("edge_list", $"{file} has no ties: it is empty or holds only its header. Allowed: one pair of schools per line, e.g. A,B.");
        }

        if (duplicates.Count > 0)
        {
            var listed = string.Join(", ", duplicates.Take(10).Select(d => $"line {d.Line} repeats line {d.First}"));
            section.Warnings.Add(new ScenarioProblem(file, duplicates[0].Line, "edge",
                (duplicates.Count == 1 ? "1 duplicate tie, counted once: " : $"{duplicates.Count} duplicate ties, each counted once: ") + $"{listed}{(duplicates.Count > 10 ? ", ..." : "")}."));
        }

        return edges;
    }
}
