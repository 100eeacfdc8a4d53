using NetworkSim.Runner.Scenarios;
using YamlDotNet.RepresentationModel;

namespace NetworkSim.Runner.Comparisons;

/// <summary>
/// The one-factor-at-a-time path from one design's file to another's: every setting written differently in the two
/// files (or only in the target), grouped into factors that cannot change alone, each to be applied to the starting
/// design on its own with <c>--set</c>.
/// </summary>
public static class ExplainPath
{
    /// <summary>Labels and run settings, not design choices.</summary>
    private static readonly HashSet<string> Ignored = ["name", "description", "seed", "replicates"];

    /// <summary>Network keys that describe the number and make-up of schools rather than how they are tied.</summary>
    private static readonly HashSet<string> NotTies = ["network.schools", "network.diversity", "network.role_diversity"];

    public static IReadOnlyList<ExplainFactor> Factors(string fromPath, string toPath)
    {
        var from = Flatten(YamlFile.Read(fromPath, Path.GetFileName(fromPath)));
        var to = Flatten(YamlFile.Read(toPath, Path.GetFileName(toPath)));
        var changed = to.Where(kv => !Ignored.Contains(kv.Key) && !kv.Key.StartsWith("cost.", StringComparison.Ordinal) && from.GetValueOrDefault(kv.Key) != kv.Value);
        return changed
            .GroupBy(kv => Group(kv.Key))
            .Select(g => new ExplainFactor(g.Key, g.ToArray()))
            .ToArray();
    }

    /// <summary>
    /// Each factor applied alone to the starting design, read as the scenario to run (with <paramref name="overrides"/>,
    /// e.g. the shared seed and replicates); a factor that cannot be read alone keeps its problem and has no scenario.
    /// </summary>
    public static IReadOnlyList<(ExplainFactor Factor, Model.Scenarios.Scenario? Scenario)> Scenarios(string fromPath, string toPath, IReadOnlyList<ScenarioOverride> overrides) =>
        Factors(fromPath, toPath).Select(factor =>
        {
            try
            {
                return (factor, (Model.Scenarios.Scenario?)ScenarioReader.Load(fromPath, [.. overrides, .. factor.Assignments.Select(a => ScenarioOverride.FromSet($"{a.Key}={a.Value}"))], null));
            }
            catch (ScenarioException e)
            {
                return (factor with { Problem = e.Problems[0].ToString() }, null);
            }
        }).ToArray();

    private static string Group(string key) =>
        key == "network.schools" || (key.StartsWith("practices[", StringComparison.Ordinal) && key.Contains(".start.", StringComparison.Ordinal)) ? "number of schools and where the practice starts"
        : key.StartsWith("network.", StringComparison.Ordinal) && !NotTies.Contains(key) && !key.StartsWith("network.staff.", StringComparison.Ordinal) && !key.StartsWith("network.team.", StringComparison.Ordinal) ? "tie structure"
        : key;

    /// <summary>Leaves as <c>--set</c> paths and values: scalars, flat lists as <c>[a,b]</c>, lists of mappings by index.</summary>
    private static Dictionary<string, string> Flatten(YamlNode node, string path = "", Dictionary<string, string>? into = null)
    {
        into ??= [];
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (k, v) in mapping.Children)
                {
                    var name = (k as YamlScalarNode)?.Value ?? "";
                    Flatten(v, path.Length == 0 ? name : $"{path}.{name}", into);
                }

                break;
            case YamlSequenceNode list when list.Children.Any(c => c is YamlMappingNode):
                for (var i = 0; i < list.Children.Count; i++)
                {
                    Flatten(list.Children[i], $"{path}[{i}]", into);
                }

                break;
            case YamlSequenceNode list:
                into[path] = "[" + string.Join(",", list.Children.Select(c => (c as YamlScalarNode)?.Value)) + "]";
                break;
            case YamlScalarNode scalar:
                into[path] = scalar.Value ?? "";
                break;
        }

        return into;
    }
}
