using NetworkSim.Model.Agents;
using Orleans;

namespace NetworkSim.Model.Engine;

/// <summary>What a school asks of one of its participants in a tick.</summary>
/// <param name="Local">The participant's place in its school (participant <c>First + Local</c>).</param>
/// <param name="StateTick">The stamp of the state the school last recorded for it; its host must hold the same.</param>
/// <param name="Context">The school and the network at the tick being computed.</param>
/// <param name="Contacts">Its contacts' public states at that tick, in its contact order.</param>
[GenerateSerializer, Alias("NetworkSim.ParticipantCall")]
public sealed record ParticipantCall(int Local, int StateTick, SchoolContext Context, PeerState[] Contacts)
{
    /// <summary>A call that lends the participant a spare report (see <see cref="Spare"/>).</summary>
    public ParticipantCall(int local, int stateTick, SchoolContext context, PeerState[] contacts, ParticipantReport? spare)
        : this(local, stateTick, context, contacts) => Spare = spare;

    public int Tick => Context.Tick;

    /// <summary>
    /// A report of this participant that nobody reads any more, lent by its school to be filled instead of a new one
    /// (<see cref="SchoolTick.Finish"/>), or null. Memory, not state: it does not travel between silos (a participant
    /// on another silo makes a new report, which comes back as a copy anyway), and it changes no result.
    /// </summary>
    [field: NonSerialized]
    public ParticipantReport? Spare { get; }
}
