using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using NetworkSim.Runner.Files;

namespace NetworkSim.Runner.Scenarios;

/// <summary>
/// <c>--set key.path=value</c>: replaces or adds a value in the scenario's YAML tree before it is read, so an
/// override is checked exactly like the file. A path may select an item of a list (<c>practices[0].complexity</c>);
/// a value is a scalar or a flat list (<c>--set schedule.site_visits=[4,8]</c>). Every node an override creates is
/// recorded with its option, so a problem in it names the option, not a line.
/// </summary>
public static partial class Overrides
{
    public static void Apply(YamlMappingNode root, IEnumerable<ScenarioOverride> overrides, List<ScenarioProblem> problems, Dictionary<YamlNode, string> origins)
    {
        foreach (var (option, assignment) in overrides)
        {
            var equals = assignment.IndexOf('=');
            if (equals <= 0)
            {
                problems.Add(new ScenarioProblem(option, null, assignment, "expected key.path=value, for example --set network.diversity=0.8."));
                continue;
            }

            var key = assignment[..equals].Trim();
            var value = OverrideValue.Parse(assignment[(equals + 1)..], out var error);
            if (value is null)
            {
                problems.Add(Problem(option, key, error!));
                continue;
            }

            Mark(value, option, origins);
            if (Place(root, key, value, option, origins) is { } problem)
            {
                problems.Add(problem);
            }
        }
    }

    /// <summary>Walks the path (creating missing sections) and puts the value at its end; a problem if it cannot.</summary>
    private static ScenarioProblem? Place(YamlMappingNode root, string key, YamlNode value, string option, Dictionary<YamlNode, string> origins)
    {
        var segments = key.Split('.');
        YamlNode node = root;
        var walked = "";
        for (var i = 0; i < segments.Length; i++)
        {
            var match = Segment().Match(segments[i]);
            if (!match.Success)
            {
                return Problem(option, key, $"{InputText.Quote(segments[i])} is not a key. Allowed: names separated by dots, each with an optional [index], e.g. practices[0].complexity.");
            }

            if (node is not YamlMappingNode mapping)
            {
                return Problem(option, walked, "is a value, not a section; it has no keys to set.");
            }

            var name = match.Groups["name"].Value;
            walked = walked.Length == 0 ? name : $"{walked}.{name}";
            var indices = match.Groups["index"].Captures.Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture)).ToList();
            var last = i == segments.Length - 1;
            var nameKey = new YamlScalarNode(name);
            if (last && indices.Count == 0)
            {
                origins.TryAdd(nameKey, option);
                mapping.Children[nameKey] = value;
                return null;
            }

            if (!mapping.Children.TryGetValue(nameKey, out var child))
            {
                if (indices.Count > 0)
                {
                    return Problem(option, $"{walked}[{indices[0]}]", $"{name} is not in the scenario. Allowed: an index only into a list the scenario has, e.g. practices[0].");
                }

                child = new YamlMappingNode();
                origins.TryAdd(nameKey, option);
                origins.TryAdd(child, option);
                mapping.Children[nameKey] = child;
            }

            for (var j = 0; j < indices.Count; j++)
            {
                var index = indices[j];
                if (child is not YamlSequenceNode list)
                {
                    return Problem(option, $"{walked}[{index}]", $"{walked} is not a list in the scenario. Allowed: an index only after the name of a list, e.g. practices[0].");
                }

                walked += $"[{index}]";
                if (index >= list.Children.Count)
                {
                    var range = list.Children.Count == 0 ? "none: the list is empty" : $"0 to {list.Children.Count - 1} (the scenario has {list.Children.Count} item{(list.Children.Count == 1 ? "" : "s")})";
                    return Problem(option, walked, $"index {index} is out of range. Allowed: {range}.");
                }

                if (last && j == indices.Count - 1)
                {
                    list.Children[index] = value;
                    return null;
                }

                child = list.Children[index];
            }

            node = child;
        }

        return null;
    }

    private static void Mark(YamlNode node, string option, Dictionary<YamlNode, string> origins)
    {
        origins.TryAdd(node, option);
        if (node is YamlSequenceNode list)
        {
            foreach (var item in list.Children)
            {
                origins.TryAdd(item, option);
            }
        }
    }

    /// <summary><c>--set: key: message</c>; another option (<c>--ticks</c>) stands for one key, so it is named alone.</summary>
    internal static ScenarioProblem Problem(string option, string field, string message) =>
        new(option, null, option == ScenarioOverride.Set ? field : "", message);

    [GeneratedRegex(@"^(?<name>[^\[\]]+)(\[(?<index>[0-9]{1,9})\])*$")]
    private static partial Regex Segment();
}
