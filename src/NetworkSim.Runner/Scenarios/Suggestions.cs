using NetworkSim.Runner.Files;

namespace NetworkSim.Runner.Scenarios;

/// <summary>"Did you mean" for misspelt keys and names.</summary>
public static class Suggestions
{
    public static string? Closest(string given, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Key: k, Distance: Distance(given.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(k => k.Distance)
            .FirstOrDefault();
        return best.Key is not null && best.Distance <= Math.Max(2, given.Length / 3) ? best.Key : null;
    }

    public static string DidYouMean(string given, IEnumerable<string> known) =>
        Closest(given, known) is { } match ? $" Did you mean {InputText.Quote(match)}?" : "";

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
