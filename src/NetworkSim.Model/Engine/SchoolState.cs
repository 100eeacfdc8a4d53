using NetworkSim.Model.Agents;
using Orleans;

namespace NetworkSim.Model.Engine;

/// <summary>
/// A school between ticks: everything its tick reads, stamped with the tick it holds. The school keeps the full
/// state of each of its participants (not only the public part), because a participant's host can lose it (a
/// deactivated grain, a lost silo) and must then get it back from here, never rebuild it from tick 0.
/// </summary>
[GenerateSerializer, Alias("NetworkSim.SchoolState")]
public sealed class SchoolState
{
    [Id(0)]
    public required int School { get; set; }

    /// <summary>The tick this state is at; the school's next tick computes <c>Tick + 1</c> from it.</summary>
    [Id(1)]
    public required int Tick { get; set; }

    [Id(2)]
    public required double Support { get; set; }

    /// <summary>Bit p set when the school has institutionalised practice p.</summary>
    [Id(3)]
    public required ulong Institutionalised { get; set; }

    /// <summary>Index of its first participant; local participant k is <c>First + k</c>.</summary>
    [Id(4)]
    public required int First { get; set; }

    /// <summary>
    /// Each participant's full state, as last computed (a skipped participant keeps its older stamp). This array,
    /// <see cref="Contacts"/> and <see cref="AdoptedTick"/> are shared with the school's state before until a tick
    /// changes an entry, which copies them first: nobody writes into a state's arrays in place.
    /// </summary>
    [Id(5)]
    public required ParticipantState[] Participants { get; set; }

    /// <summary>Each participant's last report; its public state is what contacts read at <see cref="Tick"/>.</summary>
    [Id(6)]
    public required ParticipantReport[] Reports { get; set; }

    /// <summary>Each participant's contacts in the order its rules read them.</summary>
    [Id(7)]
    public required int[][] Contacts { get; set; }

    /// <summary>For participant k and practice p, at <c>k * practices + p</c>: the tick it last took the practice up, or -1.</summary>
    [Id(8)]
    public required int[] AdoptedTick { get; set; }

    /// <summary>
    /// The latest public state of each contact in another school that has changed since tick 0, from the states other
    /// schools send (only changed ones); a remote contact not in it is at its tick-0 state, a pure function of the run
    /// (<see cref="RunModel.InitialPeer"/>). Empty at tick 0. Shared by the school's states from tick to tick and
    /// updated in place by <see cref="SchoolTick.Begin"/>.
    /// </summary>
    [Id(9)]
    public required Dictionary<int, PeerState> Remote { get; set; }

    /// <summary>
    /// For each participant (of any school), the local participants with it as a contact, ascending; grown in place.
    /// Null until a participant first needs no step (<see cref="SchoolChanges.IndexWatchers"/>): never under the
    /// networked-improvement model, whose participants all need a step every tick.
    /// </summary>
    [Id(10)]
    public WatcherIndex? Watchers { get; set; }

    /// <summary>
    /// Local participants whose public state differs from the tick before, or whose contacts changed: their contacts,
    /// and they themselves, are the only ones the next tick asks again whether they must step. Ascending.
    /// </summary>
    [Id(11)]
    public required int[] Changed { get; set; }

    /// <summary>Each participant's answer to <see cref="ParticipantStep.NeedsStep"/> when last asked; null before tick 0 is stepped.</summary>
    [Id(12)]
    public bool[]? NeededStep { get; set; }

    /// <summary>For participant k and practice p, at <c>k * practices + p</c>: its contacts practising p at <see cref="Tick"/> (the exposure curve).</summary>
    [Id(13)]
    public required int[] PractisingContacts { get; set; }

    /// <summary>Its tally at <see cref="Tick"/> (a quiet tick repeats its sums).</summary>
    [Id(14)]
    public required Metrics.SchoolTally Tally { get; set; }

    /// <summary>
    /// Nobody was called in the tick that led here and every report is the one of the tick before: with no new state
    /// from another school and no brokered tie, the next tick is quiet (<see cref="SchoolTickPlan.Quiet"/>).
    /// </summary>
    [Id(15)]
    public bool Settled { get; set; }

    /// <summary>What the support rule reads of the staff at <see cref="Tick"/>.</summary>
    [Id(16)]
    public required StaffSummary Staffing { get; set; }

    public int Staff => Reports.Length;

    /// <summary>The public states of its participants at <see cref="Tick"/>.</summary>
    /// <remarks>Copies: a school recycles a report once nobody reads it in the run (<see cref="SchoolTick.Finish"/>), and what leaves the run must not change after.</remarks>
    public PeerState[] PublicStates() => Array.ConvertAll(Reports, r => r.State.Copy());
}
