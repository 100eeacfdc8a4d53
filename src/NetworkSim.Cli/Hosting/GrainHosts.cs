namespace NetworkSim.Cli.Hosting;

/// <summary>Starts what a command runs its grains on: the embedded silo, or a client when a cluster is given.</summary>
internal static class GrainHosts
{
    public static async Task<IGrainHost> StartAsync(ClusterAddress? cluster, CancellationToken cancellation) =>
        cluster is null ? await EmbeddedSilo.StartAsync(cancellation) : await ClusterClient.ConnectAsync(cluster, cancellation);
}
