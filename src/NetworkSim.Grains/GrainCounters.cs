namespace NetworkSim.Grains;

/// <summary>
/// A silo's counts of the grain calls and messages its runs make, for <c>networksim bench</c> (which reads them from
/// the embedded silo's services before and after the ticks it measures). One per silo, registered by
/// <see cref="SiloSetup"/> and given to the grains that count: nothing static, so two silos in one process (the
/// tests' clusters) keep their own. Incremented with <see cref="Interlocked"/>: a few nanoseconds a call, next to
/// the microseconds a grain call costs.
/// </summary>
public sealed class GrainCounters
{
    private long _schoolSteps;
    private long _participantCalls;
    private long _peerBatches;
    private long _peerStates;
    private long _facilitatorCalls;

    /// <summary>The counts so far.</summary>
    public GrainCounts Read() => new(
        Interlocked.Read(ref _schoolSteps), Interlocked.Read(ref _participantCalls), Interlocked.Read(ref _peerBatches),
        Interlocked.Read(ref _peerStates), Interlocked.Read(ref _facilitatorCalls));

    internal void SchoolStepped() => Interlocked.Increment(ref _schoolSteps);

    internal void ParticipantsCalled(int count) => Interlocked.Add(ref _participantCalls, count);

    internal void BatchSent(int peers)
    {
        Interlocked.Increment(ref _peerBatches);
        Interlocked.Add(ref _peerStates, peers);
    }

    internal void FacilitatorCalled() => Interlocked.Increment(ref _facilitatorCalls);
}
