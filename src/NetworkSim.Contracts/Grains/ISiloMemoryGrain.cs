using Orleans.Concurrency;
using NetworkSim.Contracts.Messages;

namespace NetworkSim.Contracts.Grains;

/// <summary>
/// Reports the memory of the silo it runs on, for <c>networksim bench</c>. Keyed by the silo's address
/// (<c>SiloAddress.ToParsableString()</c>) and activated there through the placement hint, one per silo.
/// </summary>
[Alias("NetworkSim.ISiloMemoryGrain")]
public interface ISiloMemoryGrain : IGrainWithStringKey
{
    /// <summary>The process's memory now: its peak and current resident set and its GC heap after the last collections.</summary>
    [AlwaysInterleave, Alias("Sample")]
    Task<SiloMemorySample> SampleAsync();
}
