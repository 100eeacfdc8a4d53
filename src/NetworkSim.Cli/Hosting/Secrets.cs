using System.Text.RegularExpressions;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// Takes secrets out of text that is printed, logged or written to summary.json: the password of a Redis
/// connection string (<c>host:6379,password=...</c>, <c>redis://user:password@host</c>), wherever it occurs.
/// </summary>
public static partial class Secrets
{
    public const string Mask = "***";

    public static string Redact(string text) =>
        UriPassword().Replace(KeyPassword().Replace(text, "${key}=" + Mask), "${scheme}://" + Mask + "@");

    /// <summary>A command line with every secret masked, e.g. for provenance.</summary>
    public static IEnumerable<string> Redact(IEnumerable<string> args) => args.Select(Redact);

    // StackExchange.Redis options: password=..., pwd=... up to the next comma.
    [GeneratedRegex(@"(?<key>\b(?:password|pwd))=[^,\s]*", RegexOptions.IgnoreCase)]
    private static partial Regex KeyPassword();

    // redis://user:password@host or rediss://:password@host
    [GeneratedRegex(@"(?<scheme>\brediss?)://[^@/\s]*@", RegexOptions.IgnoreCase)]
    private static partial Regex UriPassword();
}
