using System.Text;

namespace NetworkSim.Runner.Output;

/// <summary>
/// Turns a scenario name into one safe folder name: no path separators, no <c>.</c> or <c>..</c>, no hidden
/// folder, no control characters, bounded length. A scenario's <c>name:</c> is free text; the path is not.
/// </summary>
public static class FolderName
{
    /// <summary>The longest scenario name the reader accepts, and the longest folder name made from one.</summary>
    public const int MaxLength = 100;

    /// <summary>What is wrong with <paramref name="name"/> as a scenario name, or null when it can be used.</summary>
    public static string? Problem(string name)
    {
        foreach (var c in name)
        {
            if (char.IsControl(c))
            {
                return $"contains the control character U+{(int)c:X4}. Allowed: up to {MaxLength} printable characters (the default results folder is named after it).";
            }
        }

        return name.Length > MaxLength
            ? $"is {name.Length:N0} characters long. Allowed: up to {MaxLength} printable characters (the default results folder is named after it)."
            : null;
    }

    /// <summary>The folder name for <paramref name="name"/>: unsafe characters become '_', leading dots go, never empty.</summary>
    public static string From(string name)
    {
        var safe = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            safe.Append(char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }

        // Leading dots would make "..", "." or a hidden folder; trailing dots and spaces are lost on Windows.
        var text = safe.ToString().TrimStart('.', ' ').TrimEnd('.', ' ');
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength].TrimEnd('.', ' ');
        }

        return text.Length == 0 ? "scenario" : text;
    }
}
