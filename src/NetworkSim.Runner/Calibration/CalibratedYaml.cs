using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// <c>calibrated.yaml</c>: the scenario file with every fitted key set to its posterior median (under
/// <c>parameters:</c> or <c>rules:</c>), named <c>NAME-calibrated</c>, its network files still found from the results
/// folder. The file's keys and values are kept; its comments are not (a YAML tree holds none), so its opening lines say
/// where it came from.
/// </summary>
internal static class CalibratedYaml
{
    public const string FileName = "calibrated.yaml";

    private static readonly string[][] FileKeys = [["network", "edge_list"], ["network", "participant_graph", "path"], ["network", "participant_graph", "nodes"]];

    /// <param name="scenarioPath">The scenario file calibrated.</param>
    /// <param name="folder">The results folder the file is written to (its network files are made relative to it).</param>
    /// <param name="medians">Per fitted key, its posterior median.</param>
    public static string Write(string scenarioPath, string folder, IReadOnlyList<(FittedKey Key, double Median)> medians, string observed)
    {
        var root = YamlFile.Read(scenarioPath, Path.GetFileName(scenarioPath));
        foreach (var (key, median) in medians)
        {
            var path = key.ScenarioPath.Split('.');
            var section = root;
            foreach (var part in path[..^1])
            {
                section = section.Children.TryGetValue(new YamlScalarNode(part), out var child) && child is YamlMappingNode mapping ? mapping : Add(section, part);
            }

            section.Children[new YamlScalarNode(path[^1])] = new YamlScalarNode(median.ToString("0.######", CultureInfo.InvariantCulture));
        }

        var scenarioFolder = Path.GetDirectoryName(Path.GetFullPath(scenarioPath))!;
        foreach (var keys in FileKeys)
        {
            if (Find(root, keys) is { Value: { } file } scalar && !Path.IsPathRooted(file))
            {
                scalar.Value = Path.GetRelativePath(folder, Path.Combine(scenarioFolder, file)).Replace('\\', '/');
            }
        }

        if (root.Children.TryGetValue(new YamlScalarNode("name"), out var name) && name is YamlScalarNode { Value: { } value } named)
        {
            named.Value = value + "-calibrated";
        }

        var text = new StringWriter(CultureInfo.InvariantCulture);
        new YamlStream(new YamlDocument(root)).Save(text, assignAnchors: false);
        var header = new StringBuilder();
        header.Append(CultureInfo.InvariantCulture, $"# {Path.GetFileName(scenarioPath)} calibrated to {observed} by networksim calibrate: ")
            .Append(string.Join(", ", medians.Select(m => $"{m.Key.Key} = {m.Median.ToString("0.######", CultureInfo.InvariantCulture)}")))
            .Append(" (posterior medians; their intervals are in calibration.json).\n# The original file's comments are not copied; its keys and values are.\n");
        return header + text.ToString().Replace("\n...\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
    }

    private static YamlMappingNode Add(YamlMappingNode section, string name)
    {
        var child = new YamlMappingNode();
        section.Children[new YamlScalarNode(name)] = child;
        return child;
    }

    private static YamlScalarNode? Find(YamlMappingNode root, string[] keys)
    {
        YamlNode node = root;
        foreach (var key in keys)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return null;
            }

            node = child;
        }

        return node as YamlScalarNode;
    }
}
