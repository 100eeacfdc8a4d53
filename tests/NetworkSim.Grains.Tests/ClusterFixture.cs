using NetworkSim.Contracts;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace NetworkSim.Grains.Tests;

/// <summary>A one-silo and a three-silo in-process cluster, shared by every test of the collection.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster OneSilo { get; private set; } = null!;

    public InProcessTestCluster ThreeSilos { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        OneSilo = await StartAsync(1);
        ThreeSilos = await StartAsync(3);
    }

    public async Task DisposeAsync()
    {
        await OneSilo.DisposeAsync();
        await ThreeSilos.DisposeAsync();
    }

    private static async Task<InProcessTestCluster> StartAsync(int silos)
    {
        var builder = new InProcessTestClusterBuilder((short)silos);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => silo.AddNetworkSim());
        builder.ConfigureClient(client => client.Services.AddSerializer(serializer => serializer.AddNetworkSimModel()));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "clusters";
}
