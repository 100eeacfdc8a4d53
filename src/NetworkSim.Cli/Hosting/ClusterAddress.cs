using System.Diagnostics;
using NetworkSim.Runner.Output;
using StackExchange.Redis;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// Where a cluster's membership lives (a Redis connection string) and which cluster it is. Orleans keys the
/// membership table by both ids (<c>{service}/members/{cluster}</c>), so silos and clients with other ids never
/// see this cluster's members, and a silo refuses a connection from a silo of another cluster id.
/// </summary>
internal sealed record ClusterAddress(string Redis, string ClusterId, string ServiceId)
{
    /// <summary>How long an unreachable Redis is waited for before the command gives up with a clear error.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The password when the connection string holds none (from <see cref="RedisPassword"/>: an environment variable or
    /// the state file of a cluster 'cluster up' started); never printed or written.
    /// </summary>
    public string? Password { get; init; }

    /// <summary>Where <see cref="Password"/>, or the connection string's own password, came from, for an authentication error; null without one.</summary>
    public string? PasswordSource { get; init; }

    /// <summary>The connection string with any password masked: the only form that is ever printed or written.</summary>
    public string RedisRedacted => Secrets.Redact(Redis);

    public override string ToString() => $"cluster '{ClusterId}' (service '{ServiceId}', Redis {RedisRedacted})";

    /// <summary>Text from Redis or Orleans with every password masked: the spellings <see cref="Secrets"/> knows, and this cluster's password itself.</summary>
    public string Redact(string text)
    {
        text = Secrets.Redact(text);
        foreach (var secret in new[] { Password, ParsedPassword() })
        {
            if (!string.IsNullOrEmpty(secret))
            {
                text = text.Replace(secret, Secrets.Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>The client's own reading of the connection string; a malformed one (or a URI, which it does not read) is an error naming --cluster.</summary>
    public static ConfigurationOptions Parse(string redis)
    {
        var shown = Secrets.Redact(redis);
        if (redis.Contains("://", StringComparison.Ordinal))
        {
            throw new OutputException($"--cluster {shown}: a URI is not a connection string the Redis client reads. Allowed: host:port, e.g. 127.0.0.1:6379, with the password in {RedisPassword.Variable}.");
        }

        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(redis);
        }
        catch (ArgumentException e)
        {
            throw new OutputException($"--cluster {shown}: not a Redis connection string ({Secrets.Redact(e.Message)}). Allowed: host:port, e.g. 127.0.0.1:6379.");
        }

        // The client takes what is not host:port for a host name of port 0 and fails later with a less clear message.
        if (options.EndPoints.Count == 0 || options.EndPoints.Any(e => e is System.Net.DnsEndPoint { Port: 0 } or System.Net.IPEndPoint { Port: 0 }))
        {
            throw new OutputException($"--cluster {shown}: names no host:port. Allowed: host:port, e.g. 127.0.0.1:6379.");
        }

        return options;
    }

    /// <summary>The Redis client options, with the password and short connect timeouts; a malformed string is an error naming --cluster.</summary>
    public ConfigurationOptions RedisOptions()
    {
        var options = Parse(Redis);
        if (string.IsNullOrEmpty(options.Password) && Password is not null)
        {
            options.Password = Password;
        }

        options.ConnectTimeout = (int)ConnectTimeout.TotalMilliseconds;
        options.SyncTimeout = (int)ConnectTimeout.TotalMilliseconds;
        options.AsyncTimeout = (int)ConnectTimeout.TotalMilliseconds;
        options.ConnectRetry = 1;
        options.AbortOnConnectFail = true;
        return options;
    }

    /// <summary>The Redis key of this cluster's membership table (Orleans' default: service, then cluster id).</summary>
    public string MembershipKey => $"{ServiceId}/members/{ClusterId}";

    /// <summary>Fails within <see cref="ConnectTimeout"/> with one clear line when Redis does not answer a PING.</summary>
    public async Task CheckRedisAsync(CancellationToken cancellation)
    {
        await using var redis = await ConnectAsync(cancellation);
    }

    /// <summary>
    /// Fails with one clear line when no silo of this cluster is active in the membership table, naming the
    /// clusters the Redis does hold (a mistyped id is the usual cause), so a client never waits for a gateway in vain.
    /// </summary>
    public async Task CheckActiveSiloAsync(CancellationToken cancellation)
    {
        await using var redis = await ConnectAsync(cancellation);
        var database = redis.GetDatabase();
        var rows = await database.HashGetAllAsync(MembershipKey).WaitAsync(ConnectTimeout, cancellation);
        if (rows.Any(r => r.Name != "Version" && IsActive(r.Value.ToString())))
        {
            return;
        }

        var others = new List<string>();
        foreach (var endpoint in redis.GetEndPoints())
        {
            others.AddRange(redis.GetServer(endpoint).Keys(pattern: "*/members/*", pageSize: 100).Take(10).Select(k => k.ToString()));
        }

        var known = others.Where(k => k != MembershipKey).Select(k => k.Split("/members/") is [var service, var cluster] ? $"cluster '{cluster}' (service '{service}')" : k).ToList();
        throw new OutputException($"--cluster: no silo of {this} is active" +
            (known.Count == 0 ? "" : $"; this Redis holds {string.Join(", ", known)}") +
            $". Start one with 'networksim silo --cluster <redis> --cluster-id {ClusterId} --service-id {ServiceId}' or 'networksim cluster up'.");
    }

    /// <summary>Deletes every checkpoint record of the run <paramref name="runId"/> and of its restores; returns how many there were.</summary>
    public async Task<int> ClearCheckpointsAsync(string runId, CancellationToken cancellation)
    {
        await using var redis = await ConnectAsync(cancellation);
        var database = redis.GetDatabase();
        var cleared = 0;
        foreach (var endpoint in redis.GetEndPoints())
        {
            var keys = new List<RedisKey>();
            await foreach (var key in redis.GetServer(endpoint).KeysAsync(pattern: CheckpointKeys.OfRun(ServiceId, runId), pageSize: 1000).WithCancellation(cancellation))
            {
                keys.Add(key);
            }

            foreach (var chunk in keys.Chunk(1000))
            {
                cleared += (int)await database.KeyDeleteAsync(chunk).WaitAsync(ConnectTimeout, cancellation);
            }
        }

        return cleared;
    }

    /// <summary>The silos of this cluster that are active now, by address (e.g. <c>S127.0.0.1:11111:154625014</c>).</summary>
    public async Task<IReadOnlySet<string>> ActiveSilosAsync(CancellationToken cancellation)
    {
        await using var redis = await ConnectAsync(cancellation);
        var rows = await redis.GetDatabase().HashGetAllAsync(MembershipKey).WaitAsync(ConnectTimeout, cancellation);
        return rows.Where(r => r.Name != "Version" && IsActive(r.Value.ToString())).Select(r => r.Name.ToString()).ToHashSet();
    }

    private async Task<ConnectionMultiplexer> ConnectAsync(CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var redis = await ConnectionMultiplexer.ConnectAsync(RedisOptions()).WaitAsync(ConnectTimeout + TimeSpan.FromSeconds(1), cancellation);
            await redis.GetDatabase().PingAsync().WaitAsync(ConnectTimeout, cancellation);
            return redis;
        }
        catch (RedisConnectionException e) when (e.FailureType == ConnectionFailureType.AuthenticationFailure)
        {
            throw new OutputException(PasswordSource is null
                ? $"--cluster {RedisRedacted}: Redis requires a password and none was given. Allowed: the password in the environment variable {RedisPassword.Variable}, " +
                  $"the whole connection string in one (--cluster env:VAR), or, for a cluster 'cluster up' started, this command run in the folder that holds its {LocalCluster.DefaultFolder}/."
                : $"--cluster {RedisRedacted}: Redis refused the password from {PasswordSource} (authentication failed). Allowed: the password Redis requires (its requirepass).");
        }
        catch (Exception e) when (e is RedisException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new OutputException($"--cluster {RedisRedacted}: Redis did not answer ({FirstSentence(Redact(e.Message))}, after {clock.Elapsed.TotalSeconds:0.0} s). " +
                "Start it (e.g. 'networksim cluster up') or check the address.");
        }
    }

    // A membership row is JSON with "Status": 3 for an active silo (Orleans' SiloStatus.Active).
    private static bool IsActive(string row)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(row);
            return json.RootElement.TryGetProperty("Status", out var status) && status.ValueKind == System.Text.Json.JsonValueKind.Number && status.GetInt32() == 3;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private string? ParsedPassword()
    {
        try
        {
            return ConfigurationOptions.Parse(Redis).Password;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string FirstSentence(string text)
    {
        var line = text.Split('\n')[0].Trim();
        var stop = line.IndexOf(". ", StringComparison.Ordinal);
        return (stop < 0 ? line : line[..stop]).TrimEnd('.');
    }
}
