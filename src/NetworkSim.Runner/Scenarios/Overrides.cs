using YamlDotNet.RepresentationModel;

namespace NetworkSim.Runner.Scenarios;

/// <summary>
/// <c>--set key.path=value</c>: replaces or adds a value in the scenario's YAML tree before it is read, so an
/// override is checked exactly like the file (a value may be YAML: <c>--set schedule.site_visits=[4,8]</c>).
/// </summary>
public static class Overrides
{
    public static void Apply(YamlMappingNode root, IEnumerable<string> assignments, List<ScenarioProblem> problems)
    {
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=');
            if (equals <= 0)
            {
                problems.Add(new ScenarioProblem("--set", null, assignment, "expected key.path=value, for example --set network.diversity=0.8."));
                continue;
            }

            var path = assignment[..equals].Trim().Split('.');
            var value = Parse(assignment[(equals + 1)..]);
            if (value is null)
            {
                problems.Add(new ScenarioProblem("--set", null, assignment[..equals], $"'{assignment[(equals + 1)..]}' is not a valid value."));
                continue;
            }

            var node = root;
            for (var i = 0; i < path.Length - 1; i++)
            {
                var key = new YamlScalarNode(path[i]);
                if (!node.Children.TryGetValue(key, out var child))
                {
                    child = new YamlMappingNode();
                    node.Children[key] = child;
                }

                if (child is not YamlMappingNode mapping)
                {
                    problems.Add(new ScenarioProblem("--set", null, string.Join('.', path[..(i + 1)]), "is a value, not a section; it has no keys to set."));
                    node = null;
                    break;
                }

                node = mapping;
            }

            if (node is not null)
            {
                node.Children[new YamlScalarNode(path[^1])] = value;
            }
        }
    }

    private static YamlNode? Parse(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader("v: " + text));
            var node = ((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("v")];
            return Detach(node);
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }

    /// <summary>A copy with no position, so problems in it are reported against --set rather than a line of the file.</summary>
    private static YamlNode Detach(YamlNode node) => node switch
    {
        YamlScalarNode s => new YamlScalarNode(s.Value),
        YamlSequenceNode q => new YamlSequenceNode(q.Children.Select(Detach)),
        YamlMappingNode m => new YamlMappingNode(m.Children.Select(c => new KeyValuePair<YamlNode, YamlNode>(Detach(c.Key), Detach(c.Value)))),
        _ => node,
    };
}
