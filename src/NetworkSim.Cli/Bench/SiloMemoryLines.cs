using NetworkSim.Grains;

namespace NetworkSim.Cli.Bench;

/// <summary>The lines of <c>networksim bench</c> that give each silo's memory over the run, one a silo, by address.</summary>
internal static class SiloMemoryLines
{
    public static void Write(IReadOnlyList<SiloMemoryReport> silos)
    {
        if (silos.Count == 0)
        {
            Console.WriteLine("  silo memory       no silo answered a sample");
            return;
        }

        foreach (var s in silos)
        {
            Console.WriteLine($"  silo {s.Silo,-26} peak resident {Mib(s.PeakResidentBytes)} MiB; live heap after a full GC at most {Mib(s.LiveAfterFullCollectionBytes)} MiB, heap after any GC at most {Mib(s.HeapAfterCollectionBytes)} MiB, GC committed at most {Mib(s.CommittedBytes)} MiB ({s.Samples} samples)");
        }
    }

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
