using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Tests.Sweeps;

/// <summary>What <c>sweep</c> prints when done: a line per point in percent, and each later point against point 0.</summary>
public class SweepTextTests
{
    /// <summary>
    /// Two replicates: the bootstrap-t cannot be formed, so the Student-t interval (1 degree of freedom) stands in, and
    /// a share's interval is held inside 0-100 % (it printed -1.7 % before).
    /// </summary>
    [Fact]
    public void Each_point_gets_a_line_with_its_adoption_in_percent_and_later_points_their_paired_difference_from_point_0()
    {
        var sweep = new SweepDefinition("s", "s.yaml", "base.yaml", 7, 2, SweepDesign.List, [], [new SweepParameter("network.team.teacher", [])],
            [new SweepPoint(0, ["0"]), new SweepPoint(1, [""])], false);
        string[] outcomes = ["p.final_adoption", "p.final_in_network", "p.final_back_home", "mean_trust", "brokered_ties"];
        var table = new SweepTable(["network.team.teacher"], outcomes, [0, 0, 1, 1], [0, 1, 0, 1], [["0"], ["0"], [""], [""]],
        [
            [0.10, 0.50, 0.01, 0.60, 18], [0.12, 0.52, 0.03, 0.62, 20],
            [0.40, 0.90, 0.30, 0.70, 30], [0.46, 0.94, 0.36, 0.72, 32],
        ]);

        var lines = SweepText.Lines(sweep, table, "p");

        Assert.Equal(string.Join("\n", new[] {
            "point 0 (network.team.teacher=0): final adoption 11.0 % (95 % CI 0.0 %-23.7 %), in the network 51.0 %, back home 2.0 %; mean trust 0.61, brokered ties 19.0",
            "point 1 (the base scenario): final adoption 43.0 % (95 % CI 4.9 %-81.1 %), in the network 92.0 %, back home 33.0 %; mean trust 0.71, brokered ties 31.0; vs point 0: +32.0 points (95 % interval +6.6 to +57.4)",
        }), string.Join("\n", lines));
    }
}
