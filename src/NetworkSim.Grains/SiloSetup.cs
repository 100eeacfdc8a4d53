using Microsoft.Extensions.DependencyInjection;
using NetworkSim.Contracts;
using Orleans.Configuration;
using Orleans.Serialization;

namespace NetworkSim.Grains;

/// <summary>What every silo that hosts NetworkSim grains needs, whether embedded, in a test cluster or in a cluster.</summary>
public static class SiloSetup
{
    public static ISiloBuilder AddNetworkSim(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton<RunModelCache>();
        silo.Services.AddSerializer(serializer => serializer.AddNetworkSimModel());
        // A tick of a large run is one long call from the coordinator's caller; the default 30 s would cut it off.
        silo.Services.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(30));
        return silo;
    }
}
