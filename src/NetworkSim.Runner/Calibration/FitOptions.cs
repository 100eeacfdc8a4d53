using System.Globalization;
using NetworkSim.Analysis.Calibration;
using NetworkSim.Model.Parameters;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// Reads <c>--fit key[=lo:hi]</c> and <c>--prior key=normal:mu:sd</c> against the parameter catalogue: a key
/// <c>networksim params</c> lists (continuous ones; <c>parameters.</c> in front is allowed) or a textbook model's
/// <c>rules.*</c> key; a range inside the allowed one (the plausible range when none is given). Every problem
/// names the option and the key, and nothing is run.
/// </summary>
public static class FitOptions
{
    public static IReadOnlyList<FittedKey> Read(IReadOnlyList<string> fits, IReadOnlyList<string> priors, string scenarioPath)
    {
        var problems = new List<ScenarioProblem>();
        var keys = new List<FittedKey>();
        foreach (var fit in fits)
        {
            if (Fit(fit, problems) is { } key)
            {
                if (keys.Any(k => k.Key == key.Key))
                {
                    problems.Add(new("--fit", null, key.Key, "fitted twice. Allowed: each parameter once."));
                }
                else
                {
                    keys.Add(key);
                }
            }
        }

        if (fits.Count == 0)
        {
            problems.Add(new("--fit", null, "", "no parameter to fit. Allowed: --fit key=lo:hi (or --fit key for its plausible range), once per parameter, keys as 'networksim params' lists them."));
        }

        foreach (var prior in priors)
        {
            Prior(prior, keys, problems);
        }

        if (problems.Count == 0)
        {
            Effect(keys, scenarioPath, problems);
        }

        return problems.Count > 0 ? throw new ScenarioException(problems) : keys;
    }

    private static FittedKey? Fit(string text, List<ScenarioProblem> problems)
    {
        var equals = text.IndexOf('=');
        var name = (equals < 0 ? text : text[..equals]).Trim();
        var catalogued = ParameterCatalog.Find(name.StartsWith("parameters.", StringComparison.Ordinal) ? name["parameters.".Length..] : name);
        var rule = name.StartsWith("rules.", StringComparison.Ordinal) ? ScenarioKeys.Of<RuleSet>().FirstOrDefault(k => k.Declaration.HasRange && "rules." + k.Name == name) : null;
        if (catalogued is null && rule is null)
        {
            problems.Add(new("--fit", null, ObservedReader.Clip(name), $"not a parameter.{Suggestions.DidYouMean(name, Fittable)} " +
                $"Allowed: a key 'networksim params' lists (e.g. trust.growth), or one of the textbook models' {string.Join(", ", RuleKeys)}."));
            return null;
        }

        var key = catalogued?.Key ?? name;
        var (min, max, integer) = catalogued is { } c ? (c.Declaration.Min, c.Declaration.Max, c.Declaration.Integer) : (rule!.Declaration.Min, rule.Declaration.Max, rule.Integer);
        if (integer)
        {
            problems.Add(new("--fit", null, key, "takes whole numbers only; a calibration fits continuous parameters. Allowed: a parameter with a continuous range ('networksim params' lists them)."));
            return null;
        }

        var allowed = $"within {Number(min)} to {Number(max)}" + (catalogued is { Declaration.HasPlausibleRange: true } p ? $" (plausible: {Number(p.Declaration.PlausibleLow)} to {Number(p.Declaration.PlausibleHigh)})" : "");
        double low, high;
        if (equals < 0)
        {
            if (catalogued is not { Declaration.HasPlausibleRange: true } plausible)
            {
                problems.Add(new("--fit", null, key, $"has no plausible range to fit over. Allowed: {key}=lo:hi {allowed}."));
                return null;
            }

            (low, high) = (plausible.Declaration.PlausibleLow, plausible.Declaration.PlausibleHigh);
        }
        else
        {
            var range = text[(equals + 1)..].Split(':');
            if (range.Length != 2)
            {
                problems.Add(new("--fit", null, ObservedReader.Clip(text), $"expected key=lo:hi (e.g. trust.growth=0.04:0.12), or the key alone for its plausible range."));
                return null;
            }

            var bad = range.FirstOrDefault(r => !double.TryParse(r, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v));
            if (bad is not null)
            {
                problems.Add(new("--fit", null, ObservedReader.Clip(text), $"'{ObservedReader.Clip(bad)}' is not a number. Allowed: {key}=lo:hi {allowed}."));
                return null;
            }

            (low, high) = (double.Parse(range[0], CultureInfo.InvariantCulture), double.Parse(range[1], CultureInfo.InvariantCulture));
            var outside = low < min || low > max ? low : high < min || high > max ? high : double.NaN;
            if (!double.IsNaN(outside))
            {
                problems.Add(new("--fit", null, text, $"{Number(outside)} is outside the allowed range {Number(min)} to {Number(max)}. Allowed: lo:hi {allowed}."));
                return null;
            }

            if (!(low < high))
            {
                problems.Add(new("--fit", null, text, $"the range is empty ({Number(low)} is not below {Number(high)}). Allowed: lo < hi, {allowed}."));
                return null;
            }
        }

        return catalogued is { } info
            ? new FittedKey(key, "parameters." + key, min, max, FittedParameter.Uniform(key, low, high), info.GroupProperty, info.Property)
            : new FittedKey(key, key, min, max, FittedParameter.Uniform(key, low, high), null, rule!.Property!);
    }

    private static void Prior(string text, List<FittedKey> keys, List<ScenarioProblem> problems)
    {
        var equals = text.IndexOf('=');
        var name = (equals < 0 ? text : text[..equals]).Trim();
        name = name.StartsWith("parameters.", StringComparison.Ordinal) ? name["parameters.".Length..] : name;
        var index = keys.FindIndex(k => k.Key == name);
        var parts = equals < 0 ? [] : text[(equals + 1)..].Split(':');
        if (parts is not ["normal", _, _])
        {
            problems.Add(new("--prior", null, ObservedReader.Clip(text), "expected key=normal:mu:sd (e.g. trust.growth=normal:0.08:0.02); without --prior a fitted parameter's prior is uniform over its range."));
            return;
        }

        if (index < 0)
        {
            problems.Add(new("--prior", null, ObservedReader.Clip(name), $"is not fitted. Allowed: a key given with --fit{(keys.Count > 0 ? $" ({string.Join(", ", keys.Select(k => k.Key))})" : "")}."));
            return;
        }

        var numbers = parts[1..].Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : double.NaN).ToArray();
        if (double.IsNaN(numbers[0]) || !(numbers[1] > 0))
        {
            problems.Add(new("--prior", null, ObservedReader.Clip(text), "needs a mean and a standard deviation above 0. Allowed: key=normal:mu:sd, e.g. trust.growth=normal:0.08:0.02."));
            return;
        }

        var key = keys[index];
        keys[index] = key with { Prior = FittedParameter.Normal(key.Key, numbers[0], numbers[1], key.Low, key.High) };
    }

    /// <summary>A parameter that cannot act in the scenario would return its prior: refused with the reader's reason.</summary>
    private static void Effect(List<FittedKey> keys, string scenarioPath, List<ScenarioProblem> problems)
    {
        var warnings = new List<ScenarioProblem>();
        foreach (var end in new Func<FittedKey, double>[] { k => k.Low, k => k.High })
        {
            ScenarioReader.Load(scenarioPath, keys.Select(k => FormattableString.Invariant($"{k.ScenarioPath}={end(k):R}")), warnings);
        }

        foreach (var key in keys)
        {
            if (warnings.FirstOrDefault(w => w.Field == key.ScenarioPath && w.Message.StartsWith("has no effect", StringComparison.Ordinal)) is { } dead)
            {
                problems.Add(new("--fit", null, key.Key, $"{dead.Message} Allowed: a parameter that acts in {Path.GetFileName(scenarioPath)}."));
            }
        }
    }

    private static IEnumerable<string> RuleKeys => ScenarioKeys.Of<RuleSet>().Where(k => k.Declaration.HasRange && !k.Integer).Select(k => "rules." + k.Name);

    private static IEnumerable<string> Fittable => ParameterCatalog.All.Where(p => !p.Declaration.Integer).Select(p => p.Key).Concat(RuleKeys);

    internal static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
