using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Comparisons;

namespace NetworkSim.Runner.Worlds;

/// <summary>One design compared across worlds: its file, its scenario as read (with the shared seed and replicates) and its optional cost.</summary>
public sealed record WorldDesign(string File, Scenario Scenario, CostSpec? Cost)
{
    public string Name => Scenario.Name;
}
