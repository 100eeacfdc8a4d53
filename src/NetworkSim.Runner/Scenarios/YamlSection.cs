using System.Globalization;
using YamlDotNet.RepresentationModel;
using NetworkSim.Runner.Files;

namespace NetworkSim.Runner.Scenarios;

/// <summary>
/// A mapping of a scenario file being read: typed getters that check ranges, remember which keys were read and
/// record a problem (file, line, field, what is allowed) instead of throwing, so a user sees every mistake at once.
/// A node put in by a command-line option (see <see cref="Overrides"/>, <paramref name="origins"/>) is blamed on that
/// option instead of a line of the file.
/// </summary>
public sealed class YamlSection(string file, string path, YamlMappingNode? node, List<ScenarioProblem> problems,
    IReadOnlyDictionary<YamlNode, string>? origins = null, ICollection<ScenarioProblem>? warnings = null)
{
    private readonly HashSet<string> _known = [];

    private readonly Dictionary<string, YamlSection> _sections = [];

    private readonly ICollection<ScenarioProblem> _warnings = warnings ?? [];

    public string File => file;

    public List<ScenarioProblem> Problems => problems;

    /// <summary>Things worth saying that do not stop a run (the CLI prints them as <c>warning: ...</c>).</summary>
    public ICollection<ScenarioProblem> Warnings => _warnings;

    public int? Line => LineOf(node);

    /// <summary>True when the section is in the file (or was created by --set).</summary>
    public bool Exists => node is not null;

    public bool Has(string key) => Find(key) is not null;

    public string Field(string key) => path.Length == 0 ? key : $"{path}.{key}";

    public void Problem(string key, string message, YamlNode? at = null) =>
        problems.Add(At(at ?? Find(key) ?? node, Field(key), message));

    /// <summary>A warning about a key, at its line or blamed on the option that set it.</summary>
    public void Warn(string key, string message) =>
        _warnings.Add(At(Find(key) ?? node, Field(key), message));

    public string String(string key, string fallback)
    {
        var value = Scalar(key, "a text");
        return value ?? fallback;
    }

    public double Double(string key, double fallback, double min, double max)
    {
        var text = Scalar(key, $"a number from {Format(min)} to {Format(max)}");
        if (text is null)
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Problem(key, $"{InputText.Quote(text)} is not a number. Allowed: a number from {Format(min)} to {Format(max)}.");
            return fallback;
        }

        if (value < min || value > max)
        {
            Problem(key, $"{Format(value)} is out of range. Allowed: {Format(min)} to {Format(max)}.");
            return fallback;
        }

        return value;
    }

    public int Int(string key, int fallback, int min, int max)
    {
        var text = Scalar(key, $"a whole number from {min} to {max}");
        if (text is null)
        {
            return fallback;
        }

        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            Problem(key, $"{InputText.Quote(text)} is not a whole number. Allowed: a whole number from {min} to {max}.");
            return fallback;
        }

        if (value < min || value > max)
        {
            Problem(key, $"{value} is out of range. Allowed: {min} to {max}.");
            return fallback;
        }

        return (int)value;
    }

    public bool Bool(string key, bool fallback) =>
        Parsed(key, fallback, "true or false", "is not allowed", text => (bool.TryParse(text, out var value), value));

    public ulong ULong(string key, ulong fallback) =>
        Parsed(key, fallback, "a whole number from 0 to 18446744073709551615", "is not a whole number",
            text => (ulong.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value), value));

    private T Parsed<T>(string key, T fallback, string allowed, string notIt, Func<string, (bool Ok, T Value)> parse)
    {
        var text = Scalar(key, allowed);
        if (text is null)
        {
            return fallback;
        }

        var (ok, value) = parse(text);
        if (!ok)
        {
            Problem(key, $"{InputText.Quote(text)} {notIt}. Allowed: {allowed}.");
            return fallback;
        }

        return value;
    }

    public T Enum<T>(string key, T fallback)
        where T : struct, System.Enum
    {
        var names = System.Enum.GetValues<T>().ToDictionary(v => EnumKey(v.ToString()), v => v);
        var text = Scalar(key, $"one of {string.Join(", ", names.Keys)}");
        if (text is null)
        {
            return fallback;
        }

        if (names.TryGetValue(text.Trim().ToLowerInvariant(), out var value))
        {
            return value;
        }

        Problem(key, $"{InputText.Quote(text)} is not allowed. Allowed: {string.Join(", ", names.Keys)}.{Suggestions.DidYouMean(text, names.Keys)}");
        return fallback;
    }

    public IReadOnlyList<int> Ints(string key, int min, int max)
    {
        var items = Sequence(key, $"a list of whole numbers from {min} to {max}");
        var result = new List<int>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                result.Add(value);
            }
            else
            {
                Problem(key, $"{InputText.Quote(Describe(item))} is not allowed. Allowed: whole numbers from {min} to {max}.", item);
            }
        }

        return result;
    }

    public IReadOnlyList<string> Strings(string key)
    {
        var result = new List<string>();
        foreach (var item in Sequence(key, "a list of names"))
        {
            if (item is YamlScalarNode { Value: { } text })
            {
                result.Add(text);
            }
            else
            {
                Problem(key, $"{InputText.Quote(Describe(item))} is not a name. Allowed: a list of names.", item);
            }
        }

        return result;
    }

    public IReadOnlyList<YamlNode> Sequence(string key, string allowed)
    {
        _known.Add(key);
        switch (Find(key))
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                return sequence.Children.ToList();
            case var other:
                Problem(key, $"expected a list. Allowed: {allowed}.", other);
                return [];
        }
    }

    /// <summary>
    /// A nested mapping; an absent key gives an empty section, so defaults apply. Asked twice, it is the same section,
    /// so keys read by one reader and rejected by another are known to both.
    /// </summary>
    public YamlSection Section(string key)
    {
        _known.Add(key);
        if (_sections.TryGetValue(key, out var known))
        {
            return known;
        }

        var found = Find(key);
        if (found is not null and not YamlMappingNode)
        {
            Problem(key, "expected a mapping of keys to values.", found);
        }

        return _sections[key] = new YamlSection(file, Field(key), found as YamlMappingNode, problems, origins, _warnings);
    }

    /// <summary>The mappings of a list of mappings, each with its own path (<c>practices[1]</c>).</summary>
    public IEnumerable<YamlSection> Sections(string key)
    {
        var index = 0;
        foreach (var item in Sequence(key, "a list of mappings"))
        {
            if (item is YamlMappingNode mapping)
            {
                yield return new YamlSection(file, $"{Field(key)}[{index}]", mapping, problems, origins, _warnings);
            }
            else
            {
                Problem(key, $"item {index} is not a mapping of keys to values.", item);
            }

            index++;
        }
    }

    /// <summary>Marks a key as known without reading it (read another way by the caller).</summary>
    public YamlNode? Take(string key)
    {
        _known.Add(key);
        return Find(key);
    }

    /// <summary>Reports every key that no getter asked for, with the closest known key.</summary>
    public void RejectUnknownKeys()
    {
        if (node is null)
        {
            return;
        }

        foreach (var (keyNode, _) in node.Children)
        {
            if (keyNode is not YamlScalarNode scalarKey)
            {
                // A complex key (? [a, b]) is valid YAML but never a scenario key.
                problems.Add(At(keyNode, path, $"a key must be a name, not a {(keyNode is YamlSequenceNode ? "list" : "mapping")}. Allowed here: {string.Join(", ", _known.Order())}."));
                continue;
            }

            var key = scalarKey.Value ?? "";
            if (!_known.Contains(key))
            {
                problems.Add(At(keyNode, Field(InputText.Clip(key)), $"unknown key.{Suggestions.DidYouMean(key, _known)} Allowed here: {string.Join(", ", _known.Order())}."));
            }
        }
    }

    /// <summary>A problem at a node: its line in the file, or the option that put it there.</summary>
    private ScenarioProblem At(YamlNode? at, string field, string message) =>
        at is not null && origins is not null && origins.TryGetValue(at, out var option)
            ? Overrides.Problem(option, field, message)
            : new ScenarioProblem(file, LineOf(at), field, message);

    public static int? LineOf(YamlNode? at) => at is null || at.Start.Line <= 0 ? null : (int)at.Start.Line;

    public static string EnumKey(string name) => Model.Scenarios.ScenarioKeys.EnumKey(name);

    private string? Scalar(string key, string allowed)
    {
        _known.Add(key);
        switch (Find(key))
        {
            case null:
                return null;
            case YamlScalarNode scalar when scalar.Value is { Length: > 0 } value && value != "~" && value != "null":
                return value;
            case YamlScalarNode:
                Problem(key, $"has no value. Allowed: {allowed}.");
                return null;
            case var other:
                Problem(key, $"expected a single value, found a {(other is YamlSequenceNode ? "list" : "mapping")}. Allowed: {allowed}.", other);
                return null;
        }
    }

    private YamlNode? Find(string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string Describe(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : node.NodeType.ToString().ToLowerInvariant();

    private static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
