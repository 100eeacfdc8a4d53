namespace NetworkSim.Tests.Shared;

/// <summary>The scenario files under scenarios/, ready to load: a folder with <c>make_*.py</c> scripts (scenarios/networks)
/// has its network files built at test time from data networkx ships, never committed.</summary>
public static class ShippedScenarios
{
    /// <summary>Every scenario file, relative to the repository, in a stable order (scenarios/sweeps/ holds sweep files, not scenarios).</summary>
    public static IEnumerable<string> Files() =>
        Directory.GetFiles(System.IO.Path.Combine(RepositoryRoot.Path, "scenarios"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(RepositoryRoot.Path, f))
            .Where(f => !f.StartsWith(System.IO.Path.Combine("scenarios", "sweeps") + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>The path to load <paramref name="file"/> from: itself, or a copy in <paramref name="temp"/> beside its built network files.</summary>
    public static string Prepare(string file, TempDirectory temp)
    {
        var path = System.IO.Path.Combine(RepositoryRoot.Path, file);
        var scripts = Directory.GetFiles(System.IO.Path.GetDirectoryName(path)!, "make_*.py");
        if (scripts.Length == 0)
        {
            return path;
        }

        foreach (var script in scripts)
        {
            Python.Run(File.ReadAllText(script), temp.Path);
        }

        return temp.Write(System.IO.Path.GetFileName(path), File.ReadAllText(path));
    }
}
