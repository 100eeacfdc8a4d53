using System.Globalization;
using System.Text;

namespace NetworkSim.Runner.Files;

/// <summary>
/// The one way a message quotes what a user wrote (a value, a line of a network file, a node id, a file name): at
/// most <see cref="MaxQuoted"/> characters, then how long it was, with line breaks and other control characters
/// shown as escapes, so that a message stays one readable line whatever the input.
/// </summary>
internal static class InputText
{
    public const int MaxQuoted = 200;

    /// <summary>The text in single quotes: <c>'abc'</c>, or <c>'abc…' (10,485,760 characters)</c> when it is longer than <see cref="MaxQuoted"/>.</summary>
    public static string Quote(string text) =>
        text.Length <= MaxQuoted ? $"'{Visible(text)}'" : $"'{Visible(text[..MaxQuoted])}…' ({Length(text)})";

    /// <summary>The text without quotes, cut the same way (for lists of names).</summary>
    public static string Clip(string text) =>
        text.Length <= MaxQuoted ? Visible(text) : $"{Visible(text[..MaxQuoted])}… ({Length(text)})";

    private static string Length(string text) => $"{text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters";

    private static string Visible(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var visible = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            visible.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return visible.ToString();
    }
}
