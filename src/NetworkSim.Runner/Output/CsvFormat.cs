using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NetworkSim.Runner.Output;

/// <summary>
/// The CSV NetworkSim writes and reads back: invariant, fixed number formatting (the same run always writes the same
/// bytes), one function for every text cell (<see cref="Text"/>, which escapes formulas), and one splitter for every
/// CSV it reads (<see cref="Cells"/>, which undoes that escape).
/// </summary>
internal static partial class CsvFormat
{
    public static string Number(double value) =>
        double.IsNaN(value) ? "" : value.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A text cell (a name, a label, a column): escaped against formula injection, then quoted (RFC 4180) when it
    /// holds a comma, a quote or a line break. A text that a spreadsheet would run as a formula, one beginning with
    /// = + - @, a tab or a carriage return (OWASP, "CSV injection"), gets a leading <c>'</c>; so does one that already
    /// begins with quotes before such a character, so that <see cref="Cells"/> can undo exactly this. A number
    /// (-0.5, 1e-6) is not a formula and is written as it is.
    /// </summary>
    public static string Text(string value)
    {
        var cell = Formula().IsMatch(value) && !PlainNumber().IsMatch(value) ? "'" + value : value;
        return cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
    }

    /// <summary>
    /// Splits a line into cells (RFC 4180 quotes, as NetworkSim, Python's csv module and pandas write them), each
    /// trimmed of surrounding spaces when <paramref name="trim"/> (files people write by hand).
    /// </summary>
    public static string[] Cells(string line, bool trim = false)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(Cell(cell, trim));
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(Cell(cell, trim));
        return [.. cells];
    }

    /// <summary>A cell as read, with <see cref="Text"/>'s leading <c>'</c> taken off again (and only that).</summary>
    private static string Cell(StringBuilder cell, bool trim)
    {
        var text = trim ? cell.ToString().Trim() : cell.ToString();
        return text.StartsWith('\'') && Formula().IsMatch(text) && !PlainNumber().IsMatch(text[1..]) ? text[1..] : text;
    }

    /// <summary>Quotes, if any, then a character that starts a formula.</summary>
    [GeneratedRegex(@"^'*[=+\-@\t\r]")]
    private static partial Regex Formula();

    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\z")]
    private static partial Regex PlainNumber();
}
