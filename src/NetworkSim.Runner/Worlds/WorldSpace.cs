using System.Globalization;
using NetworkSim.Model.Parameters;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Worlds;

/// <summary>
/// The space of plausible worlds: by default every behavioural parameter over its plausible range
/// (<see cref="ParameterAttribute.PlausibleLow"/>); <c>--vary key[=low:high]</c> chooses which vary (and over what),
/// <c>--fix key=value</c> holds one. Only behavioural parameters can vary: a design setting or lever is what designs
/// compare. Keys are written as <c>networksim params</c> lists them (<c>trust.growth</c>) or as scenario paths
/// (<c>parameters.trust.growth</c>).
/// </summary>
public static class WorldSpace
{
    public const string Prefix = "parameters.";

    /// <summary>The most worlds a comparison may draw or read.</summary>
    public const int MaxWorlds = 10_000;

    /// <summary>Top-level scenario sections other than <c>parameters</c>: what a design sets.</summary>
    private static readonly string[] DesignSections = ["name", "description", "seed", "replicates", "ticks", "network", "practices", "facilitators", "schedule", "rules", "stop", "cost"];

    private const string AllowedKeys = "Allowed: a behavioural parameter as 'networksim params' lists it, e.g. trust.growth.";

    /// <summary>Every behavioural parameter over its plausible range, in the catalogue's order.</summary>
    public static IReadOnlyList<WorldParameter> Plausible() =>
        ParameterCatalog.All.Where(p => !p.Declaration.Design && p.Declaration.HasPlausibleRange)
            .Select(p => new WorldParameter(p.Key, p.Declaration.PlausibleLow, p.Declaration.PlausibleHigh, p.Declaration.Integer)).ToArray();

    /// <summary>The key without its <c>parameters.</c> prefix.</summary>
    public static string Normalise(string key) => key.StartsWith(Prefix, StringComparison.Ordinal) ? key[Prefix.Length..] : key;

    /// <summary>The behavioural parameter <paramref name="key"/> names, or why it cannot vary (the problem names <paramref name="where"/>).</summary>
    public static ParameterInfo? Behavioural(string key, Func<string, ScenarioProblem> where, List<ScenarioProblem> problems)
    {
        var info = ParameterCatalog.Find(Normalise(key));
        if (info is { Declaration.Design: false })
        {
            return info;
        }

        var section = key.Split('.', '[')[0];
        problems.Add(where(info is not null
            ? $"a design lever, not a behavioural parameter: designs choose it, worlds do not vary it. {AllowedKeys}"
            : !key.StartsWith(Prefix, StringComparison.Ordinal) && DesignSections.Contains(section)
            ? $"a design setting, not a behavioural parameter: designs choose it, worlds do not vary it. {AllowedKeys}"
            : $"not a model parameter.{Suggestions.DidYouMean(Normalise(key), ParameterCatalog.All.Where(p => !p.Declaration.Design).Select(p => p.Key))} {AllowedKeys}"));
        return null;
    }

    /// <summary>
    /// The parameters that vary and the values held fixed. Without <paramref name="vary"/> every behavioural parameter
    /// varies over its plausible range; with it, only those given (<c>key</c>: over its plausible range;
    /// <c>key=low:high</c>: over that range, inside the allowed one). <paramref name="fix"/> (<c>key=value</c>) holds
    /// a key at a value in every world. Throws <see cref="ScenarioException"/> naming the option and key.
    /// </summary>
    public static (IReadOnlyList<WorldParameter> Varied, IReadOnlyList<KeyValuePair<string, double>> Fixed) Resolve(IReadOnlyList<string> vary, IReadOnlyList<string> fix)
    {
        var problems = new List<ScenarioProblem>();
        var varied = new List<WorldParameter>();
        foreach (var text in vary)
        {
            var (key, value) = Split(text);
            var info = Behavioural(key, m => new ScenarioProblem("--vary", null, key, m), problems);
            if (info is null)
            {
                continue;
            }

            if (varied.Any(v => v.Key == info.Key))
            {
                problems.Add(new ScenarioProblem("--vary", null, key, "given twice. Allowed: each key once."));
                continue;
            }

            if (value is null)
            {
                varied.Add(new WorldParameter(info.Key, info.Declaration.PlausibleLow, info.Declaration.PlausibleHigh, info.Declaration.Integer));
                continue;
            }

            var ends = value.Split(':');
            if (ends.Length != 2 || !TryNumber(ends[0], out var low) || !TryNumber(ends[1], out var high) || !(low < high))
            {
                problems.Add(new ScenarioProblem("--vary", null, key, $"'{value}' is not a range. Allowed: low:high with low < high, e.g. {info.Key}={F(info.Declaration.PlausibleLow)}:{F(info.Declaration.PlausibleHigh)} (its plausible range), or the key alone for its plausible range."));
                continue;
            }

            if (Check(info, low, m => problems.Add(new ScenarioProblem("--vary", null, key, m))) && Check(info, high, m => problems.Add(new ScenarioProblem("--vary", null, key, m))))
            {
                varied.Add(new WorldParameter(info.Key, low, high, info.Declaration.Integer));
            }
        }

        var fixedValues = new List<KeyValuePair<string, double>>();
        foreach (var text in fix)
        {
            var (key, value) = Split(text);
            var info = Behavioural(key, m => new ScenarioProblem("--fix", null, key, m), problems);
            if (info is null)
            {
                continue;
            }

            if (value is null || !TryNumber(value, out var number))
            {
                problems.Add(new ScenarioProblem("--fix", null, key, $"'{value}' is not a number. Allowed: key=value, e.g. {info.Key}={F(info.Default)}."));
            }
            else if (varied.Any(v => v.Key == info.Key) || fixedValues.Any(f => f.Key == info.Key))
            {
                problems.Add(new ScenarioProblem("--fix", null, key, "is also given to --vary or --fix. Allowed: each key either varied or fixed, once."));
            }
            else if (Check(info, number, m => problems.Add(new ScenarioProblem("--fix", null, key, m))))
            {
                fixedValues.Add(KeyValuePair.Create(info.Key, number));
            }
        }

        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }

        var all = vary.Count == 0 ? Plausible().Where(p => fixedValues.All(f => f.Key != p.Key)).ToList() : varied;
        return (all, fixedValues);
    }

    /// <summary>A scenario with the fixed values, then each parameter's value, set in its behavioural parameters (everything else as it was).</summary>
    public static Model.Scenarios.Scenario Apply(Model.Scenarios.Scenario scenario, IReadOnlyList<KeyValuePair<string, double>> fixedValues, IReadOnlyList<WorldParameter> parameters, IReadOnlyList<double> values)
    {
        var all = ParameterCatalog.All.ToDictionary(p => p.Key, p => ParameterCatalog.Get(scenario.Parameters, p));
        foreach (var (key, value) in fixedValues)
        {
            all[key] = value;
        }

        for (var j = 0; j < parameters.Count; j++)
        {
            all[parameters[j].Key] = values[j];
        }

        return scenario with { Parameters = ParameterCatalog.Build(all) };
    }

    /// <summary>Whether <paramref name="value"/> is allowed for the parameter; otherwise says what is.</summary>
    public static bool Check(ParameterInfo info, double value, Action<string> problem)
    {
        var d = info.Declaration;
        if (value < d.Min || value > d.Max)
        {
            problem($"{F(value)} is out of range. Allowed: {F(d.Min)} to {F(d.Max)}{Plausible(d)}.");
            return false;
        }

        if (d.Integer && value != Math.Floor(value))
        {
            problem($"{F(value)} is not a whole number. Allowed: a whole number from {F(d.Min)} to {F(d.Max)}{Plausible(d)}.");
            return false;
        }

        return true;
    }

    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static string F(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Plausible(ParameterAttribute d) => d.HasPlausibleRange ? $" (plausible: {F(d.PlausibleLow)} to {F(d.PlausibleHigh)})" : "";

    private static (string Key, string? Value) Split(string text)
    {
        var equals = text.IndexOf('=');
        return equals < 0 ? (text.Trim(), null) : (text[..equals].Trim(), text[(equals + 1)..].Trim());
    }
}
