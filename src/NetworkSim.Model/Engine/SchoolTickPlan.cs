using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Engine;

/// <summary>
/// The first half of a school's tick: who must step, with what input, and the reports of those who need not.
/// A host performs <see cref="Calls"/> (in any order, in parallel) and hands the outcomes to <see cref="SchoolTick.Finish"/>.
/// </summary>
/// <param name="Context">The school and network at the tick being computed.</param>
/// <param name="Inputs">The contacts' public states at that tick of every participant called, or asked after needing a step when last asked; null for the rest.</param>
/// <param name="Calls">The participants that can change this tick, ascending.</param>
/// <param name="Skipped">For every participant not called, its report at the next tick; null for those called.</param>
/// <param name="NeededStep">Every participant's answer to whether it must step (the school's next state keeps it).</param>
/// <param name="PractisingContacts">Per participant and practice, contacts practising it at that tick (the exposure curve).</param>
/// <param name="Quiet">Nothing the school reads changed and nobody can change: the tick only moves its support (the arrays above are empty).</param>
public sealed record SchoolTickPlan(SchoolContext Context, PeerState[]?[] Inputs, ParticipantCall[] Calls, ParticipantReport?[] Skipped, bool[] NeededStep, int[] PractisingContacts, bool Quiet = false);
