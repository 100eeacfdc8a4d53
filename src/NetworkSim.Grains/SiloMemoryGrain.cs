using System.Diagnostics;
using NetworkSim.Contracts.Grains;
using NetworkSim.Contracts.Messages;

namespace NetworkSim.Grains;

/// <summary>Reads the memory of the process it is activated in (see <see cref="SiloMemoryMonitor"/>, which places one on each silo).</summary>
internal sealed class SiloMemoryGrain(ILocalSiloDetails silo) : Grain, ISiloMemoryGrain
{
    public Task<SiloMemorySample> SampleAsync()
    {
        using var process = Process.GetCurrentProcess();
        var any = GC.GetGCMemoryInfo(GCKind.Any);
        // Workstation non-concurrent GC makes every gen-2 collection a full blocking one, so this is the live heap
        // as of the last gen-2 collection; a background GC (concurrent) would leave it unchanged.
        var full = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        return Task.FromResult(new SiloMemorySample(
            silo.SiloAddress.ToParsableString(), process.PeakWorkingSet64, process.WorkingSet64,
            any.HeapSizeBytes - any.FragmentedBytes, full.HeapSizeBytes - full.FragmentedBytes, full.Index, any.TotalCommittedBytes));
    }
}
