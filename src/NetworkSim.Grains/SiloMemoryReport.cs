namespace NetworkSim.Grains;

/// <summary>One silo's memory over a measured run, from the samples <see cref="SiloMemoryMonitor"/> took.</summary>
/// <param name="Silo">The silo's address (host:port@generation).</param>
/// <param name="PeakResidentBytes">The process's peak resident set (VmHWM) at the last sample: since the process started.</param>
/// <param name="LiveAfterFullCollectionBytes">The largest live heap sampled: objects left by a full blocking collection (0 when none ran).</param>
/// <param name="HeapAfterCollectionBytes">The largest GC heap sampled right after a collection of any generation (uncollected older garbage included).</param>
/// <param name="CommittedBytes">The most memory the GC had committed at a sampled collection.</param>
/// <param name="Samples">How many samples the figures come from.</param>
public sealed record SiloMemoryReport(
    string Silo, long PeakResidentBytes, long LiveAfterFullCollectionBytes, long HeapAfterCollectionBytes, long CommittedBytes, int Samples);
