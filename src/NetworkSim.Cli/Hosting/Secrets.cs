using System.Text.RegularExpressions;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// Takes secrets out of text that is printed, logged or written to summary.json: the password of a Redis
/// connection string wherever it occurs, in every spelling StackExchange.Redis 2.13's
/// <c>ConfigurationOptions.Parse</c> reads as one. That parser splits the string at commas, takes what stands before
/// an option's first '=' as its key, trimmed and in any case (<c>password</c>, <c>Password</c>, <c> PASSWORD </c>),
/// and the rest of the option, trimmed, as its value (spaces and '=' included). Keys that merely contain "password"
/// or "pwd" (<c>sentinelPassword</c>, a mistyped one) are masked too, and a <c>redis://user:password@host</c> URI,
/// which the parser does not read but a user may try.
/// </summary>
internal static partial class Secrets
{
    public const string Mask = "***";

    public static string Redact(string text) =>
        UriPassword().Replace(KeyPassword().Replace(text, "${key}" + Mask), "${scheme}://" + Mask + "@");

    /// <summary>A command line with every secret masked, e.g. for provenance.</summary>
    public static IEnumerable<string> Redact(IEnumerable<string> args) => args.Select(Redact);

    // An option whose key holds "password" or "pwd", at the start or after a comma or a space: the value runs to the next comma.
    [GeneratedRegex(@"(?<key>(?:^|(?<=[,\s'""=]))[^\S,]*[\w$.-]*(?:password|pwd)[^\S,]*=)[^,]*", RegexOptions.IgnoreCase)]
    private static partial Regex KeyPassword();

    // redis://user:password@host or rediss://:password@host
    [GeneratedRegex(@"(?<scheme>\brediss?)://[^@/\s]*@", RegexOptions.IgnoreCase)]
    private static partial Regex UriPassword();
}
