namespace NetworkSim.Grains;

/// <summary>Counts of grain calls and messages (see <see cref="GrainCounters"/>).</summary>
/// <param name="SchoolSteps">School <c>StepAsync</c> calls (one per school per tick: the tick announcement).</param>
/// <param name="ParticipantCalls">Participant <c>StepAsync</c> calls: participants actually stepped.</param>
/// <param name="PeerBatches">School-to-school batches (<c>ReceiveAsync</c> calls).</param>
/// <param name="PeerStates">Participant states carried in those batches.</param>
/// <param name="FacilitatorCalls">Facilitator <c>PlanAsync</c> calls.</param>
public sealed record GrainCounts(long SchoolSteps, long ParticipantCalls, long PeerBatches, long PeerStates, long FacilitatorCalls)
{
    public long Calls => SchoolSteps + ParticipantCalls + PeerBatches + FacilitatorCalls;

    public static GrainCounts operator -(GrainCounts a, GrainCounts b) => new(
        a.SchoolSteps - b.SchoolSteps, a.ParticipantCalls - b.ParticipantCalls, a.PeerBatches - b.PeerBatches,
        a.PeerStates - b.PeerStates, a.FacilitatorCalls - b.FacilitatorCalls);
}
