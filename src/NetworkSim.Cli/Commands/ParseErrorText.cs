using System.Text.RegularExpressions;

namespace NetworkSim.Cli.Commands;

/// <summary>Rewords System.CommandLine's parse errors that name .NET types (<c>System.Nullable`1[System.Int32]</c>) in plain words.</summary>
internal static partial class ParseErrorText
{
    public static string Plain(string message)
    {
        var match = CannotParse().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var type = match.Groups["type"].Value;
        var allowed = type switch
        {
            _ when type.Contains("UInt", StringComparison.Ordinal) => "a whole number, 0 or more",
            _ when type.Contains("Int", StringComparison.Ordinal) => "a whole number",
            _ when type.Contains("Double", StringComparison.Ordinal) || type.Contains("Single", StringComparison.Ordinal) => "a number",
            _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
            _ => "a value of another kind (see networksim --help)",
        };
        return $"{match.Groups["option"].Value}: '{match.Groups["value"].Value}' is not allowed. Allowed: {allowed}.";
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (option|command) '(?<option>[^']*)' as expected type '(?<type>[^']*)'\.?$")]
    private static partial Regex CannotParse();
}
