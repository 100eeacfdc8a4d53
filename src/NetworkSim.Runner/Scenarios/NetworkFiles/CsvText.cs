using System.Text;
using NetworkSim.Runner.Files;

namespace NetworkSim.Runner.Scenarios.NetworkFiles;

/// <summary>Splits a CSV line into fields (RFC 4180 quotes, as Python's csv module and pandas write them).</summary>
public static class CsvText
{
    public static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString().Trim());
        return [.. fields];
    }

    /// <summary>The lines worth reading, with their numbers: blank lines and <c>#</c> comments are skipped.</summary>
    public static IEnumerable<(int Line, string Text)> Lines(string path)
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
}
