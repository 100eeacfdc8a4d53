using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetworkSim.Grains;
using NetworkSim.Runner.Output;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Serialization;
using Orleans.Storage;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// A silo that joins a cluster whose membership lives in Redis (<c>networksim silo</c>). It binds its silo and
/// gateway ports to one address (loopback unless told otherwise) and advertises that address; clients
/// reach it through the gateway, other silos through the silo port. With a dashboard endpoint it also serves the
/// Orleans dashboard (Microsoft.Orleans.Dashboard) on that address.
/// </summary>
internal sealed class ClusterSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterSilo(IHost host, Uri? dashboard)
    {
        _host = host;
        Dashboard = dashboard;
    }

    /// <summary>The dashboard's page, e.g. http://127.0.0.1:8080/; null without one.</summary>
    public Uri? Dashboard { get; }

    public EndpointOptions Endpoints => _host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;

    /// <param name="address">The cluster to join.</param>
    /// <param name="bind">The address to listen on and advertise.</param>
    /// <param name="siloPort">0 picks a free port.</param>
    /// <param name="gatewayPort">0 picks a free port.</param>
    /// <param name="dashboard">Where to serve the Orleans dashboard (port 0: a free one); null: no dashboard.</param>
    /// <param name="cancellation">Stops the start.</param>
    public static async Task<ClusterSilo> StartAsync(ClusterAddress address, IPAddress bind, int siloPort, int gatewayPort, IPEndPoint? dashboard, CancellationToken cancellation)
    {
        await address.CheckRedisAsync(cancellation);
        siloPort = siloPort == 0 ? FreePort(bind) : siloPort;
        gatewayPort = gatewayPort == 0 ? FreePort(bind) : gatewayPort;
        // The dashboard is an ASP.NET Core app around the silo; without it the silo serves no HTTP at all.
        var web = dashboard is null ? null : WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        web?.WebHost.ConfigureKestrel(k => k.Listen(dashboard!));
        IHostApplicationBuilder builder = web is null ? Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true }) : web;
        HostLogging.Configure(builder.Logging, LogLevel.Warning, cancellation);
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
                // Keyed by run id, so the client clears a run's records when it ends, also those of a lost silo's grains.
                options.GetStorageKey = (_, piece) => CheckpointKeys.Of(address.ServiceId, piece);
                // A run clears its checkpoints as it goes and its client all of them when it ends; those a killed client left behind expire.
                options.EntryExpiry = TimeSpan.FromDays(7);
            }))
            .AddNetworkSim(memoryCheckpoints: false));
        builder.UseOrleans(silo => GrainCallCounter.AddWhenAsked(silo));
        if (web is not null)
        {
            builder.UseOrleans(silo => silo.AddDashboard());
        }

        var app = web?.Build();
        app?.MapOrleansDashboard();
        IHost host = app ?? ((HostApplicationBuilder)builder).Build();
        try
        {
            await host.StartAsync(cancellation);
        }
        catch (Exception e) when (dashboard is not null && Find<AddressInUseException>(e) is not null)
        {
            host.Dispose();
            throw new OutputException($"--dashboard {dashboard.Port} on {dashboard.Address}: the port is taken by another process. Allowed: a free port, or 0 to pick one.");
        }
        catch (Exception e) when (IsPortTaken(e))
        {
            host.Dispose();
            throw new OutputException($"--port {siloPort} / gateway {gatewayPort} on {bind}: a port is taken by another process. Allowed: free ports, or 0 to pick them.");
        }
        catch (Exception e) when (cancellation.IsCancellationRequested)
        {
            // As EmbeddedSilo: a start cut short by Ctrl-C is a cancelled command, whatever the lifecycle threw.
            host.Dispose();
            throw new OperationCanceledException("the silo's start was cancelled", e, cancellation);
        }

        var bound = app?.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ClusterSilo(host, bound is null ? null : new Uri(bound.EndsWith('/') ? bound : bound + "/"));
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

    private static T? Find<T>(Exception? e)
        where T : Exception =>
        e is null ? null : e as T ?? Find<T>(e.InnerException);

    private static bool IsPortTaken(Exception e) =>
        e is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || (e.InnerException is { } inner && IsPortTaken(inner));

    private static int FreePort(IPAddress bind)
    {
        using var listener = new TcpListener(bind, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
