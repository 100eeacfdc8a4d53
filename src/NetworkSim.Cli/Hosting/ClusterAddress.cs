using System.Diagnostics;
using NetworkSim.Runner.Output;
using StackExchange.Redis;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// Where a cluster's membership lives (a Redis connection string) and which cluster it is. Orleans keys the
/// membership table by both ids (<c>{service}/members/{cluster}</c>), so silos and clients with other ids never
/// see this cluster's members, and a silo refuses a connection from a silo of another cluster id.
/// </summary>
public sealed record ClusterAddress(string Redis, string ClusterId, string ServiceId)
{
    /// <summary>How long an unreachable Redis is waited for before the command gives up with a clear error.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(3);

    /// <summary>The connection string with any password masked: the only form that is ever printed or written.</summary>
    public string RedisRedacted => Secrets.Redact(Redis);

    public override string ToString() => $"cluster '{ClusterId}' (service '{ServiceId}', Redis {RedisRedacted})";

    /// <summary>The Redis client options, with short connect timeouts; a malformed string is an error naming --cluster.</summary>
    public ConfigurationOptions RedisOptions()
    {
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(Redis);
        }
        catch (ArgumentException e)
        {
            throw new OutputException($"--cluster {RedisRedacted}: not a Redis connection string ({Secrets.Redact(e.Message)}). Allowed: host:port[,password=...], e.g. 127.0.0.1:6379.");
        }

        options.ConnectTimeout = (int)ConnectTimeout.TotalMilliseconds;
        options.SyncTimeout = (int)ConnectTimeout.TotalMilliseconds;
        options.AsyncTimeout = (int)ConnectTimeout.TotalMilliseconds;
        options.ConnectRetry = 1;
        options.AbortOnConnectFail = true;
        return options;
    }

    /// <summary>Fails within <see cref="ConnectTimeout"/> with one clear line when Redis does not answer a PING.</summary>
    public async Task CheckRedisAsync(CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisOptions()).WaitAsync(ConnectTimeout + TimeSpan.FromSeconds(1), cancellation);
            await redis.GetDatabase().PingAsync().WaitAsync(ConnectTimeout, cancellation);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new OutputException($"--cluster {RedisRedacted}: Redis did not answer within {clock.Elapsed.TotalSeconds:0.0} s " +
                $"({FirstLine(Secrets.Redact(e.Message))}). Start it (e.g. 'networksim cluster up') or check the address.");
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
