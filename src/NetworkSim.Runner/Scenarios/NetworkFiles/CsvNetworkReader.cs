using System.Globalization;
using NetworkSim.Runner.Files;
using NetworkSim.Runner.Output;

namespace NetworkSim.Runner.Scenarios.NetworkFiles;

/// <summary>
/// Reads a participant network from CSV: an edge list (<c>source,target[,weight]</c>, header required, one tie per
/// line) and an optional node table (<c>id,school[,role][,in_network]</c>). Every problem names the file and line.
/// </summary>
internal static class CsvNetworkReader
{
    private static readonly string[][] EndNames = [["source", "target"], ["a", "b"]];

    public static NetworkFileContent? ReadTies(string path, NetworkFileLog log)
    {
        var file = Path.GetFileName(path);
        string[]? header = null;
        var weight = -1;
        var ties = new List<FileTie>();
        try
        {
            foreach (var (line, text) in Lines(path))
            {
                var fields = CsvFormat.Cells(text, trim: true);
                if (header is null)
                {
                    header = fields.Select(f => f.ToLowerInvariant()).ToArray();
                    if (header.Length < 2 || !EndNames.Any(names => names[0] == header[0] && names[1] == header[1]))
                    {
                        log.Problem(file, line, "header", $"{InputText.Quote(text)} is not the header. Allowed: a first line naming the columns source,target[,weight] (or a,b[,weight]), then one tie per line.");
                        return null;
                    }

                    weight = Array.IndexOf(header, "weight");
                    var ignored = header.Skip(2).Where(h => h != "weight").ToArray();
                    if (ignored.Length > 0)
                    {
                        log.Warning(file, line, "header", $"column(s) {InputText.Clip(string.Join(", ", ignored))} ignored: only source, target and weight are read.");
                    }

                    continue;
                }

                if (fields.Length != header.Length)
                {
                    log.Problem(file, line, "tie", $"{InputText.Quote(text)} has {fields.Length} field(s) but the header has {header.Length}. Allowed: {InputText.Clip(string.Join(",", header))}.");
                    continue;
                }

                if (fields[0].Length == 0 || fields[1].Length == 0)
                {
                    log.Problem(file, line, "tie", $"{InputText.Quote(text)} leaves a node id empty. Allowed: two node ids.");
                    continue;
                }

                double? w = null;
                if (weight >= 0)
                {
                    w = log.Weight(file, line, fields[weight]);
                }

                if (ties.Count >= NetworkFileLog.MaxTies)
                {
                    log.Problem(file, line, "tie", $"more than {NetworkFileLog.MaxTies:N0} ties. Allowed: at most {NetworkFileLog.MaxTies:N0} ties (the contact arrays are indexed by 32-bit numbers).");
                    return null;
                }

                ties.Add(new FileTie(fields[0], fields[1], w, line));
            }
        }
        catch (InputFileException e)
        {
            log.Unreadable(e);
            return null;
        }


        if (header is null)
        {
            log.Problem(file, null, "", "is empty. Allowed: a header line source,target[,weight], then one tie per line.");
            return null;
        }

        if (ties.Count == 0)
        {
            log.Problem(file, null, "", "has no ties: it holds only its header. Allowed: one tie per line, e.g. 0,1.");
            return null;
        }

        return new NetworkFileContent(null, ties, weight >= 0);
    }

    /// <summary>The node table: an <c>id</c> column, the school column, and optionally <c>role</c> and <c>in_network</c>.</summary>
    public static List<FileNode>? ReadNodes(string path, string schoolColumn, NetworkFileLog log)
    {
        var file = Path.GetFileName(path);
        string[]? header = null;
        int id = -1, school = -1, role = -1, member = -1;
        var nodes = new List<FileNode>();
        var seen = new Dictionary<string, int>();
        try
        {
            foreach (var (line, text) in Lines(path))
            {
                var fields = CsvFormat.Cells(text, trim: true);
                if (header is null)
                {
                    header = fields.Select(f => f.ToLowerInvariant()).ToArray();
                    (id, school, role, member) = (Array.IndexOf(header, "id"), Array.IndexOf(header, schoolColumn.ToLowerInvariant()), Array.IndexOf(header, "role"), Array.IndexOf(header, "in_network"));
                    if (id < 0 || school < 0)
                    {
                        log.Problem(file, line, "header", $"{InputText.Quote(text)} does not name the columns id and {InputText.Clip(schoolColumn)}. Allowed: a first line id,{InputText.Clip(schoolColumn)}[,role][,in_network], then one node per line.");
                        return null;
                    }

                    continue;
                }

                if (fields.Length != header.Length)
                {
                    log.Problem(file, line, "node", $"{InputText.Quote(text)} has {fields.Length} field(s) but the header has {header.Length}. Allowed: {InputText.Clip(string.Join(",", header))}.");
                    continue;
                }

                if (fields[id].Length == 0)
                {
                    log.Problem(file, line, "node", $"{InputText.Quote(text)} has no id. Allowed: every node named by its id.");
                    continue;
                }

                if (seen.TryGetValue(fields[id], out var first))
                {
                    log.Problem(file, line, "node", $"{InputText.Quote(fields[id])} is listed again (first on line {first}). Allowed: each node once.");
                    continue;
                }

                if (nodes.Count >= ScenarioReader.MaxParticipants)
                {
                    log.Problem(file, line, "node", $"more than {ScenarioReader.MaxParticipants:N0} nodes. Allowed: at most {ScenarioReader.MaxParticipants:N0} participants.");
                    return null;
                }

                seen[fields[id]] = line;
                nodes.Add(new FileNode(fields[id], Value(fields, school), Value(fields, role), Value(fields, member), line));
            }
        }
        catch (InputFileException e)
        {
            log.Unreadable(e);
            return null;
        }


        if (header is null)
        {
            log.Problem(file, null, "", $"is empty. Allowed: a header line id,{InputText.Clip(schoolColumn)}[,role][,in_network], then one node per line.");
            return null;
        }

        return nodes;
    }

    /// <summary>The lines worth reading, with their numbers: blank lines and <c>#</c> comments are skipped.</summary>
    private static IEnumerable<(int Line, string Text)> Lines(string path)
    {
        foreach (var (number, raw) in InputFile.Lines(path, InputLimit.Network))
        {
            var text = raw.Trim().TrimStart('\uFEFF');
            if (text.Length > 0 && !text.StartsWith('#'))
            {
                yield return (number, text);
            }
        }
    }

    private static string? Value(string[] fields, int column) => column < 0 || fields[column].Length == 0 ? null : fields[column];

    internal static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
