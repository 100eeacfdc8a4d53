using System.Net;
using StackExchange.Redis;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// Where a client or silo finds the Redis password: in the connection string when that comes from an environment
/// variable (<c>--cluster env:VAR</c>), else in <see cref="Variable"/>, else in the state file of the cluster
/// <c>cluster up</c> started in this folder when the connection string names that cluster's Redis. Never on the
/// command line (<see cref="Commands.ClusterOptions"/> refuses it there): every user of the machine can read that.
/// </summary>
internal static class RedisPassword
{
    public const string Variable = "NETWORKSIM_REDIS_PASSWORD";

    /// <param name="address">The cluster as the command names it.</param>
    /// <param name="stateFolder">The folder of a local cluster's state file (<see cref="LocalCluster.DefaultFolder"/>).</param>
    /// <param name="variable">The environment variable the connection string came from, or null.</param>
    public static ClusterAddress Find(ClusterAddress address, string stateFolder, string? variable)
    {
        var options = ClusterAddress.Parse(address.Redis);
        if (!string.IsNullOrEmpty(options.Password))
        {
            return address with { PasswordSource = $"the connection string in {variable}" };
        }

        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } password)
        {
            return address with { Password = password, PasswordSource = Variable };
        }

        return LocalCluster.Read(stateFolder) is { Password: { Length: > 0 } own } state && Names(options, state.Redis)
            ? address with { Password = own, PasswordSource = LocalCluster.StatePath(stateFolder) }
            : address;
    }

    /// <summary>Whether the connection string names the local cluster's Redis (127.0.0.1:port, or localhost:port).</summary>
    private static bool Names(ConfigurationOptions options, string local)
    {
        var own = ClusterAddress.Parse(local).EndPoints.OfType<IPEndPoint>().Single();
        return options.EndPoints.Any(e => e.Equals(own) || e is DnsEndPoint { Host: "localhost" } named && named.Port == own.Port);
    }
}
