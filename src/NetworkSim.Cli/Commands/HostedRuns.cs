using NetworkSim.Cli.Hosting;
using NetworkSim.Contracts.Messages;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Running;
using StackExchange.Redis;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// How <c>run</c>, <c>sweep</c> and <c>compare</c> step their runs on a grain host: on a client of a cluster that
/// checkpoints, each replicate recovers from a lost silo; without checkpoints a lost silo stops the command; either
/// way a failure of the cluster is one line, not a stack trace.
/// </summary>
internal static class HostedRuns
{
    /// <param name="host">The embedded silo or a cluster client.</param>
    /// <param name="checkpointEvery">Ticks between checkpoints (0: none).</param>
    /// <param name="work">Runs everything, given the grains, the recovery (null: none) and a token that also stops on a loss that cannot be recovered.</param>
    /// <param name="kept">What became of the results when the cluster fails, e.g. "no results were written".</param>
    /// <param name="cancellation">Ctrl-C.</param>
    public static async Task<T> RunAsync<T>(IGrainHost host, int checkpointEvery, Func<IGrainFactory, RunRecovery?, CancellationToken, Task<T>> work, string kept, CancellationToken cancellation)
    {
        var recovery = Recovery(host, checkpointEvery);
        // Without checkpoints a lost silo stops the runs; with them each replicate is restored and goes on.
        // With no gateway left nothing can be restored either: the client stops at once.
        using var stop = recovery is null ? CancellationTokenSource.CreateLinkedTokenSource(cancellation, host.Lost)
            : CancellationTokenSource.CreateLinkedTokenSource(cancellation, host is ClusterClient c ? c.Disconnected : CancellationToken.None);
        try
        {
            return await work(host.Grains, recovery, stop.Token).WaitAsync(stop.Token);
        }
        catch (CheckpointStorageException e) when (!cancellation.IsCancellationRequested)
        {
            // The silo tried the storage several times already (CheckpointStore): one line, not a stack trace.
            var said = host is ClusterClient cluster ? $"{cluster.Address}: {cluster.Address.Redact(e.Message)}" : e.Message;
            throw new OutputException($"{said}; the run cannot go on without its checkpoints, so {kept}. Run it again once the storage answers.");
        }
        catch (Exception e) when (host is ClusterClient client && !cancellation.IsCancellationRequested && e is OperationCanceledException or OrleansException or TimeoutException)
        {
            // A killed silo: the calls to it fail, or the membership watch stops the runs; either way, one line.
            throw new OutputException(client.Disconnected.IsCancellationRequested
                ? $"{await client.ExplainAsync(e, TimeSpan.Zero)}, so {kept}. Run it again once a silo of the cluster is up."
                : recovery is null
                ? $"{await client.ExplainAsync(e, TimeSpan.FromSeconds(45))}; the run cannot go on without the state it held (--checkpoint-every 0), so {kept}. Run it again on the silos that remain."
                : $"{await client.ExplainAsync(e, TimeSpan.Zero)}; no silo was seen to leave, so the run was not restored and {kept}.");
        }
    }

    /// <summary>Checkpoints and recovery for a client of a cluster that checkpoints; null otherwise.</summary>
    internal static RunRecovery? Recovery(IGrainHost host, int checkpointEvery) =>
        host is ClusterClient client && checkpointEvery > 0
            ? new RunRecovery(checkpointEvery, RunRecovery.DefaultMaxRecoveries, client.Losses, line => Console.Error.WriteLine($"networksim: {line}"))
            {
                ClearCheckpoints = run => ClearCheckpointsAsync(client, run),
            }
            : null;

    // Results are complete without it, so a Redis that fails here is one line, not an error.
    private static async Task ClearCheckpointsAsync(ClusterClient client, string run)
    {
        try
        {
            await client.Address.ClearCheckpointsAsync(run, CancellationToken.None);
        }
        catch (Exception e) when (e is OutputException or RedisException or TimeoutException)
        {
            Console.Error.WriteLine($"networksim: the checkpoints of run {run} were not cleared from Redis ({client.Address.Redact(e.Message).Split('\n')[0].Trim()}); they expire after 7 days.");
        }
    }
}
