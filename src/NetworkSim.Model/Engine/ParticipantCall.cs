using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Engine;

/// <summary>What a school asks of one of its participants in a tick.</summary>
/// <param name="Local">The participant's place in its school (participant <c>First + Local</c>).</param>
/// <param name="StateTick">The stamp of the state the school last recorded for it; its host must hold the same.</param>
/// <param name="Context">The school and the network at the tick being computed.</param>
/// <param name="Contacts">Its contacts' public states at that tick, in its contact order.</param>
public sealed record ParticipantCall(int Local, int StateTick, SchoolContext Context, PeerState[] Contacts)
{
    public int Tick => Context.Tick;
}
