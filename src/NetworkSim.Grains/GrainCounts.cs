namespace NetworkSim.Grains;

/// <summary>Counts of grain calls and messages (see <see cref="GrainCounters"/>).</summary>
/// <param name="SchoolSteps">School <c>StepAsync</c> calls (the tick's announcement, to each school that must hear it).</param>
/// <param name="ParticipantCalls">Participant <c>StepAsync</c> calls: participants actually stepped.</param>
/// <param name="PeerBatches">School-to-school batches (returned with a school's tally, handed on with the next announcement: no call of their own).</param>
/// <param name="PeerStates">Participant states carried in those batches.</param>
/// <param name="FacilitatorCalls">Facilitator <c>PlanAsync</c> calls.</param>
public sealed record GrainCounts(long SchoolSteps, long ParticipantCalls, long PeerBatches, long PeerStates, long FacilitatorCalls)
{
    public long Calls => SchoolSteps + ParticipantCalls + FacilitatorCalls;

    public static GrainCounts operator -(GrainCounts a, GrainCounts b) => new(
        a.SchoolSteps - b.SchoolSteps, a.ParticipantCalls - b.ParticipantCalls, a.PeerBatches - b.PeerBatches,
        a.PeerStates - b.PeerStates, a.FacilitatorCalls - b.FacilitatorCalls);
}
