using Microsoft.Extensions.DependencyInjection;
using NetworkSim.Contracts;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace NetworkSim.Grains;

/// <summary>What every silo that hosts NetworkSim grains needs, whether embedded, in a test cluster or in a cluster.</summary>
public static class SiloSetup
{
    /// <param name="silo">The silo.</param>
    /// <param name="memoryCheckpoints">
    /// Keep run checkpoints in memory grain storage (an embedded or test silo); false when the host registers its
    /// own storage named <see cref="CheckpointStore.StorageName"/> (Redis on a cluster).
    /// </param>
    public static ISiloBuilder AddNetworkSim(this ISiloBuilder silo, bool memoryCheckpoints = true)
    {
        silo.Services.AddSingleton<RunModelCache>();
        silo.Services.AddSingleton<RunGrains>();
        silo.Services.AddSingleton<CheckpointStore>();
        silo.Services.AddSingleton<GrainCounters>();
        if (memoryCheckpoints)
        {
            silo.AddMemoryGrainStorage(CheckpointStore.StorageName, o => o.Configure<Serializer>((options, serializer) =>
                options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer)));
        }

        silo.Services.AddSerializer(serializer => serializer.AddNetworkSimModel());
        // A tick of a large run is one long call from the coordinator's caller; the default 30 s would cut it off.
        silo.Services.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(30));
        // A run's grains hold its state between ticks; a paused run (a workshop, a debugger) must not lose them to
        // idle collection. Runs release their grains explicitly with IRunCoordinatorGrain.EndAsync.
        silo.Services.Configure<GrainCollectionOptions>(o => o.CollectionAge = TimeSpan.FromDays(1));
        return silo;
    }
}
