using NetworkSim.Model.Parameters;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests;

/// <summary>Small scenarios built in code for rule and network tests.</summary>
public static class TestScenarios
{
    public static Scenario Small(int schools = 6, TieStructure structure = TieStructure.Complete, ModelParameters? parameters = null, int facilitators = 1) => new()
    {
        Name = "test",
        Seed = 11,
        Replicates = 1,
        Ticks = 20,
        Network = new NetworkDesign
        {
            Schools = Enumerable.Range(1, schools).Select(i => $"S{i}").ToArray(),
            Staff = new RoleCounts(1, 1, 6, 1),
            Team = new RoleCounts(1, 1, 1, 0),
            Structure = structure,
        },
        Practices = [new PracticeSpec { Name = "p", StartSchools = ["S1"] }],
        Facilitators = new FacilitationSpec { Count = facilitators },
        Parameters = parameters ?? new ModelParameters(),
    };
}
