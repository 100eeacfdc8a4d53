namespace NetworkSim.Grains;

/// <summary>
/// Process-wide counts of the grain calls and messages a run makes, for <c>networksim bench</c> (an embedded silo
/// shares the process with the bench, which reads them before and after the ticks it measures). Incremented
/// with <see cref="Interlocked"/>: a few nanoseconds a call, next to the microseconds a grain call costs.
/// </summary>
public static class GrainCounters
{
    private static long _schoolSteps;
    private static long _participantCalls;
    private static long _peerBatches;
    private static long _peerStates;
    private static long _facilitatorCalls;

    /// <summary>The counts so far.</summary>
    public static GrainCounts Read() => new(
        Interlocked.Read(ref _schoolSteps), Interlocked.Read(ref _participantCalls), Interlocked.Read(ref _peerBatches),
        Interlocked.Read(ref _peerStates), Interlocked.Read(ref _facilitatorCalls));

    internal static void SchoolStepped() => Interlocked.Increment(ref _schoolSteps);

    internal static void ParticipantsCalled(int count) => Interlocked.Add(ref _participantCalls, count);

    internal static void BatchSent(int peers)
    {
        Interlocked.Increment(ref _peerBatches);
        Interlocked.Add(ref _peerStates, peers);
    }

    internal static void FacilitatorCalled() => Interlocked.Increment(ref _facilitatorCalls);
}
