namespace NetworkSim.Cli.Tests;

/// <summary><c>networksim serve</c> with <c>--cluster</c>: refused as <c>run</c> refuses it, before any page is served.</summary>
public class ServeCommandTests
{
    [Theory]
    [InlineData(new[] { "--cluster-id", "c" }, "error: --cluster-id: only allowed with --cluster <redis connection>.\n")]
    [InlineData(new[] { "--cluster", "127.0.0.1:6379", "--service-id", "s" }, "error: --cluster-id: required with --cluster. Allowed: letters, digits, '-', '_' and '.'.\n")]
    [InlineData(new[] { "--cluster", "env:NETWORKSIM_NO_SUCH_VARIABLE", "--cluster-id", "c", "--service-id", "s" },
        "error: --cluster env:NETWORKSIM_NO_SUCH_VARIABLE: the environment variable NETWORKSIM_NO_SUCH_VARIABLE is not set. Allowed: env:VAR naming a set variable, or a Redis connection string.\n")]
    public async Task Serve_refuses_an_incomplete_cluster_with_one_line(string[] options, string error)
    {
        var outcome = await Cli.RunAsync(["serve", Cli.Scenario("workshop-demo.yaml"), "--port", "0", .. options]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(error, outcome.Error);
        Assert.DoesNotContain("Workshop mode", outcome.Output);
    }

    [SkippableFact]
    public async Task Serve_on_a_cluster_with_no_silo_says_so_and_serves_no_page()
    {
        using var redis = RedisServer.Start();

        var outcome = await Cli.RunAsync("serve", Cli.Scenario("workshop-demo.yaml"), "--port", "0", "--cluster", redis.Address, "--cluster-id", "nobody-here", "--service-id", "s");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"error: --cluster: no silo of cluster 'nobody-here' (service 's', Redis {redis.Address}) is active.", outcome.Error);
        Assert.DoesNotContain("Workshop mode", outcome.Output);
    }
}
