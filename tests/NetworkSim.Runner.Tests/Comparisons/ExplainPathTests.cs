using NetworkSim.Runner.Comparisons;

namespace NetworkSim.Runner.Tests.Comparisons;

public class ExplainPathTests
{
    [Fact]
    public void The_path_from_design_b_to_design_a_groups_settings_that_only_change_together()
    {
        string Design(string name) => Path.Combine(RepositoryRoot.Path, "scenarios", "designs", name);
        var factors = ExplainPath.Factors(Design("twenty-four-similar-two-facilitators.yaml"), Design("twelve-diverse-one-facilitator.yaml"));
        Assert.Equal(
            [
                "number of schools and where the practice starts: network.schools: 12, practices[0].start.schools: [S01]",
                "tie structure: network.structure: complete",
                "network.diversity: network.diversity: 0.8",
                "facilitators.count: facilitators.count: 1",
            ],
            factors.Select(f => $"{f.Name}: {f.Describe()}"));
    }
}
