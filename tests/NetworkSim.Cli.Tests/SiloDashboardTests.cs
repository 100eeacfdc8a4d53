using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace NetworkSim.Cli.Tests;

/// <summary><c>networksim silo --dashboard</c>: the Orleans dashboard on loopback, its address printed; a taken port refused.</summary>
public class SiloDashboardTests
{
    [SkippableFact]
    public async Task A_silo_with_a_dashboard_prints_its_loopback_address_and_the_page_answers_there()
    {
        using var redis = RedisServer.Start();
        using var silo = Cli.Start(Cli.RepositoryRoot, "silo", "--cluster", redis.Address, "--cluster-id", "c", "--service-id", "s", "--dashboard", "0");
        try
        {
            // Orleans' warnings come first on standard output; the ready line follows once the silo has joined.
            using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            string? ready;
            while ((ready = await silo.StandardOutput.ReadLineAsync(patience.Token)) is not null && !ready.StartsWith("networksim silo: ready", StringComparison.Ordinal))
            {
            }

            var address = Regex.Match(ready ?? "", @"^networksim silo: ready: .*, dashboard (http://127\.0\.0\.1:\d+/), pid \d+\. Ctrl-C stops it\.$");
            Assert.True(address.Success, ready);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            using var page = await http.GetAsync(address.Groups[1].Value);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Contains("index.min.js", await page.Content.ReadAsStringAsync());
        }
        finally
        {
            silo.Kill();
        }
    }

    [SkippableFact]
    public async Task A_dashboard_on_a_taken_port_is_refused_in_one_line()
    {
        using var redis = RedisServer.Start();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var outcome = await Cli.RunAsync("silo", "--cluster", redis.Address, "--cluster-id", "c", "--service-id", "s", "--dashboard", port.ToString());
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"error: --dashboard {port} on 127.0.0.1: the port is taken by another process. Allowed: a free port, or 0 to pick one.", outcome.Error.Split('\n').Single(l => l.StartsWith("error:", StringComparison.Ordinal)));
        Assert.DoesNotContain("   at ", outcome.Error);
    }

    [Fact]
    public async Task A_dashboard_host_without_a_dashboard_is_refused()
    {
        var outcome = await Cli.RunAsync("silo", "--cluster", "127.0.0.1:1", "--cluster-id", "c", "--service-id", "s", "--dashboard-host", "0.0.0.0");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("error: --dashboard-host: only allowed with --dashboard [port].\n", outcome.Error);
    }
}
