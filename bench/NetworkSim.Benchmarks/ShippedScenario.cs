using NetworkSim.Model.Agents;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Benchmarks;

/// <summary>Reads a scenario shipped in the checkout's <c>scenarios/</c>, found from the current folder or the program's upwards.</summary>
public static class ShippedScenario
{
    public static Scenario Load(string relativePath, params string[] overrides)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "scenarios", relativePath);
                if (File.Exists(path))
                {
                    return ScenarioReader.Load(path, overrides);
                }
            }
        }

        throw new FileNotFoundException($"scenarios/{relativePath} not found above {Directory.GetCurrentDirectory()}; run the benchmarks from a NetworkSim checkout.");
    }

    /// <summary>Replicate 0's static model, seeded as the scenario runner seeds it.</summary>
    public static RunModel Model(Scenario scenario) => new(scenario, CounterRandom.ReplicateSeed(scenario.Seed, 0));
}
