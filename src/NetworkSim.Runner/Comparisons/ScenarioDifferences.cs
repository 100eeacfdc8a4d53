using System.Text.Json.Nodes;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Comparisons;

/// <summary>The settings in which two resolved scenarios differ (every default filled in), as key paths with both values.</summary>
internal static class ScenarioDifferences
{
    private static readonly HashSet<string> Ignored = ["name", "description", "seed", "replicates"];

    public static IReadOnlyList<(string Key, string A, string B)> Of(Scenario a, Scenario b)
    {
        var left = Flatten(JsonNode.Parse(ScenarioJson.Serialize(a)));
        var right = Flatten(JsonNode.Parse(ScenarioJson.Serialize(b)));
        return left.Keys.Union(right.Keys)
            .Where(k => !Ignored.Contains(k) && left.GetValueOrDefault(k) != right.GetValueOrDefault(k))
            .Select(k => (k, left.GetValueOrDefault(k) ?? "(none)", right.GetValueOrDefault(k) ?? "(none)"))
            .ToArray();
    }

    /// <summary>Leaves by path; a list of plain values (school names, tick lists) stays one value.</summary>
    private static Dictionary<string, string> Flatten(JsonNode? node, string path = "", Dictionary<string, string>? into = null)
    {
        into ??= [];
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    Flatten(child, path.Length == 0 ? key : $"{path}.{key}", into);
                }

                break;
            case JsonArray list when list.Any(x => x is JsonObject):
                for (var i = 0; i < list.Count; i++)
                {
                    Flatten(list[i], $"{path}[{i}]", into);
                }

                break;
            default:
                into[path] = node?.ToJsonString() ?? "null";
                break;
        }

        return into;
    }
}
