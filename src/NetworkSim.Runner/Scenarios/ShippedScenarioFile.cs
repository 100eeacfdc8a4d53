namespace NetworkSim.Runner.Scenarios;

/// <summary>A scenario shipped in a checkout's <c>scenarios/</c>, found from the current folder or the program's folder upwards (for bench workloads and benchmarks, which run from a checkout).</summary>
public static class ShippedScenarioFile
{
    /// <summary>The full path of <c>scenarios/<paramref name="relativePath"/></c>, or null when no folder above holds it.</summary>
    public static string? Find(string relativePath)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "scenarios", relativePath);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    /// <summary>The folder that holds the shipped <c>scenarios/</c> (a checkout of the repository, found from here or the program upwards).</summary>
    public static string Root() =>
        Find("workshop-demo.yaml") is { } demo
            ? Path.GetDirectoryName(Path.GetDirectoryName(demo))!
            : throw new ScenarioException(new ScenarioProblem("scenarios/workshop-demo.yaml", null, "", "not found above the current folder or the program: run this command from a checkout of the NetworkSim repository."));
}
