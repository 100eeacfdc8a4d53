namespace NetworkSim.Contracts.Messages;

/// <summary>One reading of a silo process's memory.</summary>
/// <param name="Silo">The silo's address (host:port@generation).</param>
/// <param name="PeakResidentBytes">The process's peak resident set since it started (VmHWM on Linux).</param>
/// <param name="ResidentBytes">Its resident set now.</param>
/// <param name="HeapAfterCollectionBytes">Objects in the GC heap right after the last collection of any generation (garbage in older generations included).</param>
/// <param name="LiveAfterFullCollectionBytes">Objects in the GC heap right after the last full blocking collection: the live heap then (0 before the first).</param>
/// <param name="FullCollectionIndex">Which collection that full one was (GC index), so a reader can tell readings of the same one apart.</param>
/// <param name="CommittedBytes">Memory the GC had committed at the last collection.</param>
[GenerateSerializer, Immutable, Alias("NetworkSim.SiloMemorySample")]
public sealed record SiloMemorySample(
    string Silo, long PeakResidentBytes, long ResidentBytes, long HeapAfterCollectionBytes, long LiveAfterFullCollectionBytes,
    long FullCollectionIndex, long CommittedBytes);
