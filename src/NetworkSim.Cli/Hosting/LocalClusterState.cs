namespace NetworkSim.Cli.Hosting;

/// <summary>What <c>cluster up</c> started, written to its state file so that <c>cluster down</c> stops exactly that.</summary>
/// <param name="Redis">The Redis connection string (loopback, without the password).</param>
/// <param name="ClusterId">The cluster's id.</param>
/// <param name="ServiceId">The service's id.</param>
/// <param name="RedisProcess">The redis-server process.</param>
/// <param name="Silos">The silo processes, in start order.</param>
/// <param name="Password">
/// The password generated for its Redis (requirepass). The state file is readable by its owner only; clients run in
/// its folder find the password there (<see cref="RedisPassword"/>); null in a state file written before passwords.
/// </param>
internal sealed record LocalClusterState(string Redis, string ClusterId, string ServiceId, ChildProcess RedisProcess, IReadOnlyList<ChildProcess> Silos, string? Password = null);
