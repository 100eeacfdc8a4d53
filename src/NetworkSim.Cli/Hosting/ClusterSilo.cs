using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetworkSim.Grains;
using NetworkSim.Runner.Output;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// A silo that joins a cluster whose membership lives in Redis (<c>networksim silo</c>). It binds its silo and
/// gateway ports to one address (loopback unless told otherwise) and advertises that address; clients
/// reach it through the gateway, other silos through the silo port.
/// </summary>
public sealed class ClusterSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterSilo(IHost host) => _host = host;

    public EndpointOptions Endpoints => _host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;

    /// <summary>Orleans' own logging level: NETWORKSIM_LOG (e.g. Information), Warning when unset.</summary>
    public static LogLevel LogLevelFromEnvironment(LogLevel fallback = LogLevel.Warning) =>
        Environment.GetEnvironmentVariable("NETWORKSIM_LOG") is { } level && Enum.TryParse<LogLevel>(level, true, out var parsed) ? parsed : fallback;

    /// <param name="address">The cluster to join.</param>
    /// <param name="bind">The address to listen on and advertise.</param>
    /// <param name="siloPort">0 picks a free port.</param>
    /// <param name="gatewayPort">0 picks a free port.</param>
    /// <param name="cancellation">Stops the start.</param>
    public static async Task<ClusterSilo> StartAsync(ClusterAddress address, IPAddress bind, int siloPort, int gatewayPort, CancellationToken cancellation)
    {
        await address.CheckRedisAsync(cancellation);
        siloPort = siloPort == 0 ? FreePort(bind) : siloPort;
        gatewayPort = gatewayPort == 0 ? FreePort(bind) : gatewayPort;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevelFromEnvironment());
        builder.Services.AddSingleton<IHostLifetime, NoConsoleLifetime>();
        builder.UseOrleans(silo => silo
            .UseRedisClustering(o => o.ConfigurationOptions = address.RedisOptions())
            .Configure<ClusterOptions>(o =>
            {
                o.ClusterId = address.ClusterId;
                o.ServiceId = address.ServiceId;
            })
            .Configure<EndpointOptions>(o =>
            {
                o.AdvertisedIPAddress = bind;
                o.SiloPort = siloPort;
                o.GatewayPort = gatewayPort;
                o.SiloListeningEndpoint = new IPEndPoint(bind, siloPort);
                o.GatewayListeningEndpoint = new IPEndPoint(bind, gatewayPort);
            })
            // Run checkpoints live in the same Redis as membership, so they outlive any one silo.
            .AddRedisGrainStorage(CheckpointStore.StorageName, o => o.Configure<Serializer>((options, serializer) =>
            {
                options.ConfigurationOptions = address.RedisOptions();
                options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
                options.DeleteStateOnClear = true;
                // A run clears its checkpoints as it goes and when it ends; one a killed client left behind expires.
                options.EntryExpiry = TimeSpan.FromDays(7);
            }))
            .AddNetworkSim(memoryCheckpoints: false));
        builder.UseOrleans(silo => GrainCallCounter.AddWhenAsked(silo));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellation);
        }
        catch (Exception e) when (IsPortTaken(e))
        {
            host.Dispose();
            throw new OutputException($"--port {siloPort} / gateway {gatewayPort} on {bind}: a port is taken by another process. Allowed: free ports, or 0 to pick them.");
        }

        return new ClusterSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await _host.StopAsync(timeout.Token);
        }
        finally
        {
            _host.Dispose();
        }
    }

    private static bool IsPortTaken(Exception e) =>
        e is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || (e.InnerException is { } inner && IsPortTaken(inner));

    private static int FreePort(IPAddress bind)
    {
        using var listener = new TcpListener(bind, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
