using System.Text.RegularExpressions;

namespace NetworkSim.Cli.Tests;

public class TelemetryTests
{
    [Fact]
    public async Task Telemetry_on_the_console_gives_a_span_per_tick_and_the_run_metrics()
    {
        using var temp = new TempDirectory();
        var outcome = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "3", "--replicates", "1", "--quiet", "--out", Path.Combine(temp.Path, "out"), "--telemetry", "console");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Equal(3, Regex.Matches(outcome.Output, @"Activity\.DisplayName:\s+tick\n").Count);
        Assert.Single(Regex.Matches(outcome.Output, @"Activity\.DisplayName:\s+replicate\n"));
        foreach (var metric in new[] { "networksim.ticks", "networksim.tick.duration", "networksim.ticks_per_second", "networksim.grain.calls", "networksim.grain.calls_per_tick", "networksim.adoption" })
        {
            Assert.Contains($"Metric Name: {metric},", outcome.Output);
        }

        Assert.Matches(@"Metric Name: networksim\.ticks,[^\n]*\n[^\n]*\n[^\n]*\n[^\n]*\nValue: 3\n", outcome.Output);
    }

    [Fact]
    public async Task An_unknown_telemetry_exporter_is_refused()
    {
        var outcome = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--telemetry", "otlp");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("error: --telemetry otlp: Allowed: console.\n", outcome.Error);
    }
}
