using System.Globalization;
using NetworkSim.Model.Parameters;

namespace NetworkSim.Runner.Validation.Patterns;

/// <summary>
/// Checks every pattern of <see cref="PatternCatalog"/> with the model's defaults and, unless quick, with each
/// assumption (a parameter whose source is "assumption ...") moved to the low and then the high end of its plausible
/// range, one at a time: a pattern that fails there hinges on that assumption, and the report says so.
/// </summary>
public sealed class PatternValidation(string root, int replicates, int parallelism, Action<string>? progress = null)
{
    /// <summary>Paired replicates per setting: the issue's minimum for a pattern's interval.</summary>
    public const int DefaultReplicates = 40;

    /// <summary>The worlds to check: the defaults, then each assumption at the low and high end of its plausible range.</summary>
    public static IReadOnlyList<PatternWorld> Worlds(bool quick)
    {
        var worlds = new List<PatternWorld> { PatternWorld.Defaults };
        if (quick)
        {
            return worlds;
        }

        foreach (var p in ParameterCatalog.All.Where(p => p.Declaration.HasPlausibleRange && p.Declaration.Source.Contains("assumption", StringComparison.Ordinal)))
        {
            foreach (var (value, end) in new[] { (p.Declaration.PlausibleLow, "low"), (p.Declaration.PlausibleHigh, "high") })
            {
                if (value == p.Default)
                {
                    continue;
                }

                var text = value.ToString("0.####", CultureInfo.InvariantCulture);
                worlds.Add(new PatternWorld($"{p.Key} = {text} ({end})", [$"parameters.{p.Key}={text}"], p.Key));
            }
        }

        return worlds;
    }

    public IReadOnlyList<PatternResult> Run(IReadOnlyList<PatternWorld> worlds, IReadOnlyList<Pattern>? patterns = null)
    {
        var results = new List<PatternResult>();
        foreach (var world in worlds)
        {
            var runs = new PatternRuns(root, world, replicates, parallelism);
            foreach (var pattern in patterns ?? PatternCatalog.All)
            {
                var result = new PatternResult(pattern, world, pattern.Measure(runs));
                results.Add(result);
                progress?.Invoke($"{(result.Holds ? "holds" : "FAILS")}  {pattern.Title} [{world.Name}]");
            }
        }

        return results;
    }
}
