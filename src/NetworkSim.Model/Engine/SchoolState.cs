using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Engine;

/// <summary>
/// A school between ticks: everything its tick reads, stamped with the tick it holds. The school keeps the full
/// state of each of its participants (not only the public part), because a participant's host can lose it (a
/// deactivated grain, a lost silo) and must then get it back from here, never rebuild it from tick 0.
/// </summary>
public sealed class SchoolState
{
    public required int School { get; init; }

    /// <summary>The tick this state is at; the school's next tick computes <c>Tick + 1</c> from it.</summary>
    public required int Tick { get; init; }

    public required double Support { get; init; }

    /// <summary>Bit p set when the school has institutionalised practice p.</summary>
    public required ulong Institutionalised { get; init; }

    /// <summary>Index of its first participant; local participant k is <c>First + k</c>.</summary>
    public required int First { get; init; }

    /// <summary>Each participant's full state, as last computed (a skipped participant keeps its older stamp).</summary>
    public required ParticipantState[] Participants { get; init; }

    /// <summary>Each participant's last report; its public state is what contacts read at <see cref="Tick"/>.</summary>
    public required ParticipantReport[] Reports { get; init; }

    /// <summary>Each participant's contacts in the order its rules read them.</summary>
    public required int[][] Contacts { get; init; }

    /// <summary>For participant k and practice p, at <c>k * practices + p</c>: the tick it last took the practice up, or -1.</summary>
    public required int[] AdoptedTick { get; init; }

    /// <summary>
    /// The latest public state of every contact in another school: computed at tick 0 (a pure function of the run),
    /// then updated from the states that changed, the only ones other schools send. Shared by the school's states
    /// from tick to tick and updated in place by <see cref="SchoolTick.Begin"/>.
    /// </summary>
    public required Dictionary<int, PeerState> Remote { get; init; }

    /// <summary>For each participant (of any school), the local participants with it as a contact, ascending; grown in place.</summary>
    public required WatcherIndex Watchers { get; init; }

    /// <summary>
    /// Local participants whose public state differs from the tick before, or whose contacts changed: their contacts,
    /// and they themselves, are the only ones the next tick asks again whether they must step. Ascending.
    /// </summary>
    public required int[] Changed { get; init; }

    /// <summary>Each participant's answer to <see cref="ParticipantStep.NeedsStep"/> when last asked; null before tick 0 is stepped.</summary>
    public bool[]? NeededStep { get; init; }

    /// <summary>For participant k and practice p, at <c>k * practices + p</c>: its contacts practising p at <see cref="Tick"/> (the exposure curve).</summary>
    public required int[] PractisingContacts { get; init; }

    /// <summary>Its tally at <see cref="Tick"/> (a quiet tick repeats its sums).</summary>
    public required Metrics.SchoolTally Tally { get; init; }

    /// <summary>
    /// Nobody was called in the tick that led here and every report is the one of the tick before: with no new state
    /// from another school and no brokered tie, the next tick is quiet (<see cref="SchoolTickPlan.Quiet"/>).
    /// </summary>
    public bool Settled { get; init; }

    /// <summary>What the support rule reads of the staff at <see cref="Tick"/>.</summary>
    public required StaffSummary Staffing { get; init; }

    public int Staff => Reports.Length;

    /// <summary>The public states of its participants at <see cref="Tick"/>.</summary>
    /// <remarks>Copies: a school recycles a report once nobody reads it in the run (<see cref="SchoolTick.Finish"/>), and what leaves the run must not change after.</remarks>
    public PeerState[] PublicStates() => Array.ConvertAll(Reports, r => r.State.Copy());
}
