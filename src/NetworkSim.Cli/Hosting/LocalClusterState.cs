namespace NetworkSim.Cli.Hosting;

/// <summary>What <c>cluster up</c> started, written to its state file so that <c>cluster down</c> stops exactly that.</summary>
/// <param name="Redis">The Redis connection string (loopback, no password).</param>
/// <param name="ClusterId">The cluster's id.</param>
/// <param name="ServiceId">The service's id.</param>
/// <param name="RedisProcess">The redis-server process.</param>
/// <param name="Silos">The silo processes, in start order.</param>
public sealed record LocalClusterState(string Redis, string ClusterId, string ServiceId, ChildProcess RedisProcess, IReadOnlyList<ChildProcess> Silos);
