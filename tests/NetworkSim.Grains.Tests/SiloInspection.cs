using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace NetworkSim.Grains.Tests;

/// <summary>What the first silo of a test cluster holds of a run: its activations and its model.</summary>
internal static class SiloInspection
{
    /// <summary>
    /// The school, participant and facilitator activations in the cluster whose grain id contains <paramref name="text"/>,
    /// deactivating ones included (not the coordinator's, which deactivates once its end has returned).
    /// </summary>
    public static async Task<int> ActivationsAsync(InProcessTestCluster cluster, string text)
    {
        // Asked in the silo itself, without the client's round trip.
        var grains = cluster.Silos[0].ServiceProvider.GetRequiredService<IGrainFactory>();
        var statistics = await grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return statistics.Select(s => s.GrainId.ToString())
            .Count(id => id.Contains(text) && (id.Contains("/school/") || id.Contains("/participant/") || id.Contains("/facilitator/")));
    }

    /// <summary>A weak reference to the run's model, taken where no local keeps it alive.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static async Task<WeakReference> ModelAsync(InProcessTestCluster cluster, string runId) =>
        new(await Cache(cluster).GetAsync(runId));

    /// <summary>Whether anything still holds the model <paramref name="model"/> refers to, after a full collection.</summary>
    public static bool Alive(WeakReference model)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return model.IsAlive;
    }

    public static RunModelCache Cache(InProcessTestCluster cluster) =>
        cluster.Silos[0].ServiceProvider.GetRequiredService<RunModelCache>();
}
