using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NetworkSim.Grains;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// A single Orleans silo inside this process, on free loopback ports, so that `networksim run` needs no server.
/// The same grains run unchanged on a test cluster or a multi-silo cluster.
/// </summary>
public sealed class EmbeddedSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<EmbeddedSilo> StartAsync(CancellationToken cancellation = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(Environment.GetEnvironmentVariable("NETWORKSIM_LOG") is { } level && Enum.TryParse<LogLevel>(level, true, out var parsed) ? parsed : LogLevel.Error);
        builder.Services.AddSingleton<IHostLifetime, NoConsoleLifetime>();
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort: FreePort(), gatewayPort: FreePort())
            .AddNetworkSim());
        var host = builder.Build();
        await host.StartAsync(cancellation);
        return new EmbeddedSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
