namespace NetworkSim.Cli.Tests;

/// <summary>Bad command-line input: one line naming the option and what is allowed, exit code 2, no .NET type names.</summary>
public class OptionErrorTests
{
    private static readonly string Demo = Cli.Scenario("workshop-demo.yaml");

    [Theory]
    [InlineData("--ticks", "-3", "error: --ticks: -3 is out of range. Allowed: 1 to 100000.")]
    [InlineData("--replicates", "0", "error: --replicates: 0 is out of range. Allowed: 1 to 10000.")]
    [InlineData("--ticks", "abc", "error: --ticks: 'abc' is not a whole number. Allowed: a whole number from 1 to 100000.")]
    [InlineData("--seed", "-1", "error: --seed: '-1' is not a whole number. Allowed: a whole number from 0 to 18446744073709551615.")]
    [InlineData("--set", "ticks=-3", "error: --set: ticks: -3 is out of range. Allowed: 1 to 100000.")]
    public async Task A_bad_option_value_names_the_option_not_a_line_of_the_file(string option, string value, string expected)
    {
        var outcome = await Cli.RunAsync("check", Demo, option, value);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal([expected, "1 problem; nothing was run."], outcome.Error.TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_described_without_a_dotnet_type_name()
    {
        using var temp = new TempDirectory();
        var outcome = await Cli.RunAsync("run", Demo, "--parallel", "abc", "--out", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("error: --parallel: 'abc' is not allowed. Allowed: a whole number.", outcome.Error);
        Assert.DoesNotContain("System.", outcome.Error);
    }

    [Fact]
    public async Task A_folder_given_as_the_scenario_is_called_a_folder()
    {
        using var temp = new TempDirectory();
        var outcome = await Cli.RunAsync("check", temp.Path);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"error: {temp.Path}: is a folder, not a scenario file. Allowed: a .yaml file, e.g. scenarios/workshop-demo.yaml.", outcome.Error);
    }

    [Fact]
    public async Task Network_without_a_value_before_the_scenario_is_accepted()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        var outcome = await Cli.RunAsync("run", "--network", Demo, "--ticks", "1", "--replicates", "1", "--quiet", "--out", target);
        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(Path.Combine(target, "network.graphml")));
    }

    [Fact]
    public async Task Network_all_is_still_read_as_its_value()
    {
        var outcome = await Cli.RunAsync("check", Demo, "--network", "all");
        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact]
    public async Task Check_prints_warnings_before_its_description()
    {
        using var temp = new TempDirectory();
        temp.Write("edges.csv", "school_a,school_b\nA,B\nB,A\n");
        var file = temp.Write("tiny.yaml", """
            name: tiny
            network:
              schools: [A, B]
              structure: edge-list
              edge_list: edges.csv
            practices:
              - name: inquiry
                start: {schools: [A]}
            """);
        var outcome = await Cli.RunAsync("check", file);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("warning: edges.csv:3: edge: 1 duplicate tie, counted once: line 3 repeats line 2.", outcome.Error.TrimEnd());
    }
}
