using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Tests.Sweeps;

public class RunsCsvTests
{
    [Fact]
    public void The_header_has_point_replicate_seed_the_swept_keys_and_the_outcomes_per_practice()
    {
        var practices = new[] { new PracticeSpec { Name = "inquiry" } };
        Assert.Equal(
            "point,replicate,seed,network.diversity,practices[0].complexity," +
            "inquiry.final_adoption,inquiry.final_in_network,inquiry.final_back_home,inquiry.adopters," +
            "inquiry.ticks_to_10,inquiry.ticks_to_50,inquiry.ticks_to_90,inquiry.schools_institutionalised," +
            "mean_trust,ties,brokered_ties,dropped_out",
            RunsCsv.Header(["network.diversity", "practices[0].complexity"], RunOutcomes.Columns(practices)));
    }

    [Fact]
    public void A_row_leaves_a_level_never_reached_empty_and_quotes_a_list_value()
    {
        var row = RunsCsv.Row(new SweepPoint(3, ["0.5", "[4,8]"]), 2, 123, [0.25, null, 7]);
        Assert.Equal("3,2,123,0.5,\"[4,8]\",0.25,,7", row);
        Assert.Equal((3, 2), RunsCsv.Key(row));
        Assert.Equal(["3", "2", "123", "0.5", "[4,8]", "0.25", "", "7"], NetworkSim.Runner.Output.CsvFormat.Cells(row));
    }
}
