using NetworkSim.Runner.Scenarios;
using YamlDotNet.RepresentationModel;

namespace NetworkSim.Runner.Sweeps;

/// <summary>The parts of a sweep file that are mappings of key paths (parameters:, set:, centre:, points:), read into values as <c>--set</c> takes them.</summary>
internal static class SweepYaml
{
    public static IReadOnlyList<SweepPoint> ListPoints(YamlSection root, YamlNode? node, List<ScenarioProblem> problems, out IReadOnlyList<SweepParameter> columns)
    {
        columns = [];
        if (node is not YamlSequenceNode { Children.Count: > 0 } list)
        {
            root.Problem("points", "missing or empty for design: list. Allowed: a list of mappings of key paths to values, e.g. - {network.diversity: 0.2, facilitators.count: 1}.", node);
            return [];
        }

        var rows = new List<Dictionary<string, string>>();
        var keys = new List<string>();
        foreach (var item in list.Children)
        {
            var row = new Dictionary<string, string>();
            // An empty mapping ({}) is the base scenario as it is: the reference point of a list.
            if (item is not YamlMappingNode mapping)
            {
                problems.Add(new ScenarioProblem(root.File, YamlSection.LineOf(item), $"points[{rows.Count}]", "expected a mapping of key paths to values ({} for the base scenario as it is)."));
            }
            else
            {
                foreach (var (k, v) in mapping.Children)
                {
                    var key = (k as YamlScalarNode)?.Value ?? "";
                    row[key] = ValueText(v, $"points[{rows.Count}].{key}", root.File, problems);
                    if (!keys.Contains(key))
                    {
                        keys.Add(key);
                    }
                }
            }

            rows.Add(row);
        }

        columns = keys.Select(k => new SweepParameter(k, ["(listed)"])).ToArray();
        return rows.Select((row, i) => new SweepPoint(i, keys.Select(k => row.GetValueOrDefault(k, "")).ToArray())).ToArray();
    }

    public static IReadOnlyList<SweepParameter> Parameters(YamlSection root, List<ScenarioProblem> problems)
    {
        var result = new List<SweepParameter>();
        var node = root.Take("parameters");
        if (node is null)
        {
            return result;
        }

        if (node is not YamlMappingNode mapping)
        {
            root.Problem("parameters", "expected a mapping of scenario key paths to values, e.g. network.diversity: [0.2, 0.5, 0.8].", node);
            return result;
        }

        foreach (var (k, v) in mapping.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            var field = $"parameters.{key}";
            var line = YamlSection.LineOf(v);
            switch (v)
            {
                case YamlSequenceNode { Children.Count: 0 }:
                    problems.Add(new ScenarioProblem(root.File, line, field, "an empty list of values. Allowed: at least one value, e.g. [0.2, 0.5, 0.8]."));
                    break;
                case YamlSequenceNode values:
                    result.Add(new SweepParameter(key, values.Children.Select((item, i) => ValueText(item, $"{field}[{i}]", root.File, problems)).ToArray()));
                    break;
                case YamlMappingNode range:
                    var section = new YamlSection(root.File, field, range, problems);
                    var minText = Text(range, "min");
                    var maxText = Text(range, "max");
                    var min = section.Double("min", double.NaN, double.MinValue, double.MaxValue);
                    var max = section.Double("max", double.NaN, double.MinValue, double.MaxValue);
                    section.RejectUnknownKeys();
                    if (double.IsNaN(min) || double.IsNaN(max) || min > max)
                    {
                        problems.Add(new ScenarioProblem(root.File, line, field, double.IsNaN(min) || double.IsNaN(max)
                            ? "a range needs min: and max:. Allowed: {min: 0.1, max: 0.9}."
                            : $"min {minText} is above max {maxText}. Allowed: min at most max."));
                        break;
                    }

                    result.Add(new SweepParameter(key, [], min, max, IsWhole(minText) && IsWhole(maxText)));
                    break;
                default:
                    problems.Add(new ScenarioProblem(root.File, line, field, "a single value. Allowed: a list of values ([0.2, 0.5]) or a range ({min: 0.2, max: 0.8}); a fixed change goes under set:."));
                    break;
            }
        }

        return result;
    }

    /// <summary>A mapping of key paths to single values or flat lists (<c>set:</c>, <c>centre:</c>), in file order.</summary>
    public static List<KeyValuePair<string, string>> Assignments(YamlSection root, string key, List<ScenarioProblem> problems)
    {
        var result = new List<KeyValuePair<string, string>>();
        switch (root.Take(key))
        {
            case null:
                break;
            case YamlMappingNode mapping:
                foreach (var (k, v) in mapping.Children)
                {
                    var name = (k as YamlScalarNode)?.Value ?? "";
                    result.Add(new(name, ValueText(v, $"{key}.{name}", root.File, problems)));
                }

                break;
            case var other:
                root.Problem(key, "expected a mapping of scenario key paths to values, e.g. ticks: 52.", other);
                break;
        }

        return result;
    }

    /// <summary>A value as <c>--set</c> takes it: a scalar, or a flat list written <c>[a,b]</c>.</summary>
    private static string ValueText(YamlNode node, string field, string file, List<ScenarioProblem> problems)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return scalar.Value ?? "";
            case YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode):
                return "[" + string.Join(",", list.Children.Select(c => ((YamlScalarNode)c).Value)) + "]";
            default:
                problems.Add(new ScenarioProblem(file, YamlSection.LineOf(node), field, "expected a single value or a flat list of values."));
                return "";
        }
    }

    private static string Text(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s ? s.Value ?? "" : "";

    private static bool IsWhole(string text) => text.Length > 0 && text.All(c => char.IsDigit(c) || c == '-');
}
