using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Engine;

/// <summary>
/// A school host's arrays that its ticks refill instead of allocating (memory, not state: they change no result).
/// A host keeps one per school and passes it to every tick of that school (<see cref="TickOrder.StepSchoolAsync"/>).
/// </summary>
/// <param name="staff">The school's participants.</param>
public sealed class SchoolScratch(int staff)
{
    /// <summary>The contacts' states of each participant (see <see cref="SchoolTick.Begin"/>'s <c>buffers</c>).</summary>
    public PeerState[]?[] Buffers { get; } = new PeerState[]?[staff];

    /// <summary>Each participant's spare report (see <see cref="SchoolTick.Begin"/>'s <c>spares</c>).</summary>
    public ParticipantReport?[] Spares { get; } = new ParticipantReport?[staff];
}
