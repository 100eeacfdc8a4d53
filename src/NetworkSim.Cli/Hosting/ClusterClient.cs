using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NetworkSim.Contracts;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;
using Orleans.Configuration;
using Orleans.Serialization;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// A client of a cluster whose membership lives in Redis: <c>run --cluster</c> and <c>bench --cluster</c> step
/// their runs through it while the grains live on the silos (<c>networksim silo</c>). It finds the silos' gateways
/// in the membership table, so it needs no silo address.
/// </summary>
internal sealed class ClusterClient : IGrainHost
{
    private readonly IHost _host;

    private readonly MembershipWatch _watch;

    private readonly GatewayConnections _gateways;

    private readonly CancellationTokenSource _lost;

    private ClusterClient(IHost host, ClusterAddress address, MembershipWatch watch, GatewayConnections gateways)
    {
        _host = host;
        Address = address;
        _watch = watch;
        _gateways = gateways;
        _lost = CancellationTokenSource.CreateLinkedTokenSource(watch.Lost, gateways.AllLost);
    }

    public ClusterAddress Address { get; }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IClusterClient>();

    public string Description => $"a client of {Address}";

    /// <summary>Cancelled when a silo left the cluster or the client lost every gateway.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>Cancelled when the client lost its connection to every gateway: no call can be made, nothing can be restored.</summary>
    public CancellationToken Disconnected => _gateways.AllLost;

    /// <summary>The silos the cluster lost while this client ran.</summary>
    public ISiloLosses Losses => _watch;

    /// <summary>Connects, or fails within seconds with one line when Redis or every silo is unreachable.</summary>
    public static async Task<ClusterClient> ConnectAsync(ClusterAddress address, CancellationToken cancellation)
    {
        await address.CheckActiveSiloAsync(cancellation);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        HostLogging.Configure(builder.Logging, LogLevel.Error, cancellation);
        // A failed connection is reported by this class in one line; the host would add a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.Services.AddSingleton<IHostLifetime, NoConsoleLifetime>();
        var gateways = new GatewayConnections(line => Console.Error.WriteLine($"networksim: {line}"));
        builder.UseOrleansClient(client =>
        {
            client.Services.AddSingleton<IClusterConnectionStatusObserver>(gateways);
            client.UseRedisClustering(o => o.ConfigurationOptions = address.RedisOptions());
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = address.ClusterId;
                o.ServiceId = address.ServiceId;
            });
            // A tick of a large run is one long call; the default 30 s would cut it off (the silos allow 30 min too).
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(30));
            client.Services.AddSerializer(serializer => serializer.AddNetworkSimModel());
        });
        var host = builder.Build();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(TimeSpan.FromSeconds(15));
            await host.StartAsync(timeout.Token);
        }
        catch (Exception e) when (!cancellation.IsCancellationRequested)
        {
            host.Dispose();
            throw new OutputException($"--cluster: no silo of {address} could be reached ({address.Redact(e.GetBaseException().Message).Split('\n')[0].Trim()}). " +
                $"Start one with 'networksim silo --cluster <redis> --cluster-id {address.ClusterId} --service-id {address.ServiceId}' or 'networksim cluster up'.");
        }
        catch (Exception e)
        {
            // Ctrl-C while the client starts: its lifecycle may throw OrleansLifecycleCanceledException, not a cancellation.
            host.Dispose();
            throw new OperationCanceledException("the client's start was cancelled", e, cancellation);
        }

        return new ClusterClient(host, address, await MembershipWatch.StartAsync(address, cancellation), gateways);
    }

    /// <summary>
    /// Why a grain call failed mid-run: a call to a killed silo fails (connection refused) before the other silos
    /// have voted it dead, so wait up to <paramref name="patience"/> for the membership table to say which silo left.
    /// </summary>
    public async Task<string> ExplainAsync(Exception failure, TimeSpan patience)
    {
        try
        {
            await Task.Delay(patience, _lost.Token);
        }
        catch (OperationCanceledException)
        {
            // The watch saw a silo leave, or every gateway was lost.
        }

        // With no gateway left, that is what the user must fix, whichever silos were seen to leave before.
        return Disconnected.IsCancellationRequested ? $"{Address}: the client lost its connection to every gateway mid-run (no silo is reachable)"
            : _watch.Reason ?? $"{Address}: a grain call failed mid-run ({Address.Redact(failure.GetBaseException().Message).Split('\n')[0].Trim()})";
    }

    public async ValueTask DisposeAsync()
    {
        _gateways.Stopping();
        await _watch.DisposeAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _host.StopAsync(timeout.Token);
        }
        finally
        {
            _host.Dispose();
            _lost.Dispose();
            _gateways.Dispose();
        }
    }
}
