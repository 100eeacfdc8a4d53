using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using NetworkSim.Grains;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// A single Orleans silo inside this process, so that `networksim run` needs no server. It opens no gateway
/// (the in-process grain factory needs none, and an open gateway would let any local user connect as an
/// unauthenticated client) and listens for silos on loopback only. The same grains run unchanged on a test
/// cluster or a multi-silo cluster.
/// </summary>
public sealed class EmbeddedSilo : IGrainHost
{
    /// <summary>Tries with a fresh free port when another process takes the chosen one before the silo binds it.</summary>
    private const int PortAttempts = 5;

    private readonly IHost _host;

    private EmbeddedSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The silo's counts of grain calls and messages (<c>networksim bench</c>).</summary>
    public GrainCounters Counters => _host.Services.GetRequiredService<GrainCounters>();

    public string Description => "an embedded silo";

    /// <summary>The silo's endpoints as Orleans uses them (gateway port 0: no gateway).</summary>
    public EndpointOptions Endpoints => _host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;

    /// <summary>How the silo finds a grain's activation (caching off: see <see cref="Build"/>).</summary>
    public GrainDirectoryOptions Directory => _host.Services.GetRequiredService<IOptions<GrainDirectoryOptions>>().Value;

    public static async Task<EmbeddedSilo> StartAsync(CancellationToken cancellation = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var host = Build(FreeLoopbackPort(), cancellation);
            try
            {
                await host.StartAsync(cancellation);
                return new EmbeddedSilo(host);
            }
            catch (Exception e) when (attempt < PortAttempts && IsPortTaken(e))
            {
                host.Dispose();
            }
            catch (Exception e) when (cancellation.IsCancellationRequested)
            {
                // Ctrl-C while the silo starts ends its lifecycle with OrleansLifecycleCanceledException (not an
                // OperationCanceledException) or with whatever its stage threw: either way the command was cancelled.
                host.Dispose();
                throw new OperationCanceledException("the silo's start was cancelled", e, cancellation);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }

    private static IHost Build(int siloPort, CancellationToken cancellation)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        HostLogging.Configure(builder.Logging, LogLevel.Error, cancellation);
        builder.Services.AddSingleton<IHostLifetime, NoConsoleLifetime>();
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort: siloPort, gatewayPort: 0)
            .Configure<EndpointOptions>(o =>
            {
                o.AdvertisedIPAddress = IPAddress.Loopback;
                o.SiloListeningEndpoint = new IPEndPoint(IPAddress.Loopback, siloPort);
                o.GatewayListeningEndpoint = null;
            })
            // A silo alone owns the whole grain directory and finds every activation in it, so Orleans' cache of
            // addresses held elsewhere only copies it: about 180 bytes an activation, a table preallocated for a
            // million entries, and a lookup every call (docs/performance.md, Round 11).
            .Configure<GrainDirectoryOptions>(o => o.CachingStrategy = GrainDirectoryOptions.CachingStrategyType.None)
            .AddNetworkSim());
        builder.UseOrleans(silo => GrainCallCounter.AddWhenAsked(silo));
        return builder.Build();
    }

    private static bool IsPortTaken(Exception e) =>
        e is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || (e.InnerException is { } inner && IsPortTaken(inner));

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
