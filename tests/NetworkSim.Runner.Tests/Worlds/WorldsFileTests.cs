using NetworkSim.Runner.Scenarios;
using NetworkSim.Runner.Worlds;

namespace NetworkSim.Runner.Tests.Worlds;

/// <summary>The worlds file <c>compare --worlds-file</c> reads (a calibration's posterior-worlds.csv has this form).</summary>
public class WorldsFileTests
{
    [Fact]
    public void A_worlds_file_gives_each_rows_label_and_values_for_the_keys_of_its_header()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("posterior-worlds.csv", "world,trust.growth,parameters.school.time_away,school.team_critical_mass\r\n0,0.05,0.25,2\r\n1,0.11,0.9,3\r\n\r\n");

        var (columns, worlds) = WorldsFile.Read(path);

        Assert.Equal(["trust.growth", "school.time_away", "school.team_critical_mass"], columns.Select(c => c.Key));
        Assert.Equal([new WorldParameter("trust.growth", 0.05, 0.11, false), new WorldParameter("school.time_away", 0.25, 0.9, false), new WorldParameter("school.team_critical_mass", 2, 3, true)], columns);
        Assert.Equal(["0", "1"], worlds.Select(w => w.Label));
        Assert.Equal([0.11, 0.9, 3], worlds[1].Values);
    }

    [Theory]
    [InlineData("trial,trust.growth\n0,0.05\n", "error: worlds.csv:1: the header is 'trial,trust.growth'. Allowed: world, then parameter keys as 'networksim params' lists them, e.g. world,trust.growth,school.time_away.")]
    [InlineData("world,facilitators.count\n0,2\n", "error: worlds.csv:1: facilitators.count: a design setting, not a behavioural parameter: designs choose it, worlds do not vary it. Allowed: a behavioural parameter as 'networksim params' lists it, e.g. trust.growth.")]
    [InlineData("world,trust.growth\n0,0.05\n1,1.5\n", "error: worlds.csv:3: trust.growth: 1.5 is out of range. Allowed: 0 to 1 (plausible: 0.04 to 0.12).")]
    [InlineData("world,trust.growth\n0,fast\n", "error: worlds.csv:2: trust.growth: 'fast' is not a number. Allowed: a number from 0 to 1.")]
    [InlineData("world,trust.growth\n0,0.05\n0,0.06\n", "error: worlds.csv:3: world: '0' is the label of an earlier row. Allowed: a label of its own for every world.")]
    [InlineData("world,trust.growth\n0,0.05,0.1\n", "error: worlds.csv:2: 3 cells, the header has 2. Allowed: a world label and a value for every key.")]
    [InlineData("world,trust.growth\n", "error: worlds.csv: no worlds: the file has a header and no rows. Allowed: one row per world.")]
    public void A_bad_worlds_file_is_one_line_naming_the_file_line_and_key(string text, string expected)
    {
        using var temp = new TempDirectory();
        var path = temp.Write("worlds.csv", text);

        var error = Assert.Throws<ScenarioException>(() => WorldsFile.Read(path));

        Assert.Equal(expected, "error: " + Assert.Single(error.Problems));
    }
}
