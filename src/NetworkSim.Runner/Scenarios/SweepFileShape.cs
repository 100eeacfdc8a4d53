using YamlDotNet.RepresentationModel;

namespace NetworkSim.Runner.Scenarios;

/// <summary>
/// Tells a sweep file from a scenario by its shape: a sweep names its scenario with <c>base:</c> and has no
/// <c>network:</c> of its own (<see cref="Sweeps.SweepReader"/>). Given where a scenario belongs, it is named as
/// what it is in one line instead of a list of the scenario keys it lacks, and so is a scenario given as a sweep; the
/// workshop page does not offer a sweep file.
/// </summary>
public static class SweepFileShape
{
    /// <summary>The problem to report for a sweep file given as a scenario, or null when <paramref name="root"/> is not one.</summary>
    internal static ScenarioProblem? Problem(YamlMappingNode root, string file)
    {
        var key = root.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == "base");
        if (key is null || root.Children.ContainsKey(new YamlScalarNode("network")))
        {
            return null;
        }

        var basePath = root.Children[key] is YamlScalarNode { Value: { Length: > 0 } value } ? Files.InputText.Clip(value) : null;
        return new ScenarioProblem(file, (int)key.Start.Line, "base",
            $"this is a sweep file (it has base:), not a scenario. Allowed: networksim sweep {file}; run, check, compare, calibrate and serve take a scenario file" +
            (basePath is null ? "." : $", such as its base, {basePath}."));
    }

    /// <summary>The problem to report for a scenario file given as a sweep (it has <c>network:</c> and no <c>base:</c>), or null.</summary>
    internal static ScenarioProblem? ScenarioGivenAsSweep(YamlMappingNode root, string file) =>
        root.Children.ContainsKey(new YamlScalarNode("network")) && !root.Children.ContainsKey(new YamlScalarNode("base"))
            ? new ScenarioProblem(file, null, "",
                $"this is a scenario file (it has network:), not a sweep file. Allowed: a sweep file naming it as its base (base: {file}) with the values to vary, " +
                $"e.g. scenarios/sweeps/diversity-x-trust-growth.yaml; networksim run {file} runs it as it is.")
            : null;

    /// <summary>Whether the file at <paramref name="path"/> is a sweep file (false for anything that is not readable YAML).</summary>
    public static bool IsSweepFile(string path)
    {
        try
        {
            return Problem(YamlFile.Read(path, Path.GetFileName(path)), Path.GetFileName(path)) is not null;
        }
        catch (ScenarioException)
        {
            return false;
        }
    }
}
