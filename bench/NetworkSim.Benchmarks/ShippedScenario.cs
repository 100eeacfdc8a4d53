using NetworkSim.Model.Agents;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Benchmarks;

/// <summary>Reads a scenario shipped in the checkout's <c>scenarios/</c> (<see cref="ShippedScenarioFile"/>).</summary>
public static class ShippedScenario
{
    public static Scenario Load(string relativePath, params string[] overrides) =>
        ScenarioReader.Load(
            ShippedScenarioFile.Find(relativePath) ?? throw new FileNotFoundException($"scenarios/{relativePath} not found above {Directory.GetCurrentDirectory()}; run the benchmarks from a NetworkSim checkout."),
            overrides);

    /// <summary>Replicate 0's static model, seeded as the scenario runner seeds it.</summary>
    public static RunModel Model(Scenario scenario) => new(scenario, CounterRandom.ReplicateSeed(scenario.Seed, 0));
}
