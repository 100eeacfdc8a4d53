using System.Collections.Concurrent;
using System.Net;
using System.Text;
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
        Assert.Equal("error: --telemetry otlp: Allowed: console, or otlp=<endpoint> (an OTLP/HTTP collector, e.g. otlp=http://127.0.0.1:4318).\n", outcome.Error);
    }

    [Theory]
    [InlineData("otlp=localhost:4318")]
    [InlineData("otlp=http://")]
    [InlineData("otlp=ftp://127.0.0.1:4318")]
    public async Task A_malformed_OTLP_endpoint_is_refused_in_one_line(string telemetry)
    {
        var outcome = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--telemetry", telemetry);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"error: --telemetry {telemetry}: not an http:// or https:// address of an OTLP collector. Allowed: console, or otlp=<endpoint> (an OTLP/HTTP collector, e.g. otlp=http://127.0.0.1:4318).\n", outcome.Error);
    }

    [Fact]
    public async Task Telemetry_to_an_OTLP_endpoint_posts_the_ticks_spans_and_the_run_metrics_as_protobuf()
    {
        using var temp = new TempDirectory();
        var port = RedisServer.FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/collector/");
        listener.Start();
        var received = new ConcurrentDictionary<string, byte[]>();
        var serving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                var context = await listener.GetContextAsync();
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                received.AddOrUpdate($"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath} {context.Request.ContentType}", body.ToArray(), (_, before) => [.. before, .. body.ToArray()]);
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        });

        var outcome = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "3", "--replicates", "1", "--quiet", "--out", Path.Combine(temp.Path, "out"), "--telemetry", $"otlp=http://127.0.0.1:{port}/collector");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Equal(["POST /collector/v1/metrics application/x-protobuf", "POST /collector/v1/traces application/x-protobuf"], received.Keys.Order());
        // Protobuf keeps strings as UTF-8 bytes: the span names, the tick attribute and every metric's name are there.
        var traces = Encoding.UTF8.GetString(received["POST /collector/v1/traces application/x-protobuf"]);
        Assert.Equal(3, Regex.Matches(traces, "networksim.tick\u0012").Count);
        Assert.Contains("replicate", traces);
        var metrics = Encoding.UTF8.GetString(received["POST /collector/v1/metrics application/x-protobuf"]);
        foreach (var metric in new[] { "networksim.ticks", "networksim.tick.duration", "networksim.ticks_per_second", "networksim.grain.calls", "networksim.grain.calls_per_tick", "networksim.adoption" })
        {
            Assert.Contains(metric, metrics);
        }
    }
}
