using NetworkSim.Model.Agents;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.RuleSets;

namespace NetworkSim.Model.Engine;

/// <summary>
/// A school's quiet tick: settled (none of its participants could change last tick), sent nothing and touched by no
/// new tie, it steps nobody (<see cref="SchoolTick.Begin"/>). What it computes then, and how a school its host did not
/// call at such ticks (<see cref="RunTick.Wakes"/>) catches up.
/// </summary>
public static class QuietTick
{
    /// <summary>
    /// The tally of a quiet tick after the tick of <paramref name="last"/>: the same sums and exposure at risk (the same
    /// states), nobody adopting, nothing sent. A school's own quiet tick makes it; a host that does not call a settled
    /// school nobody sent anything makes it from the school's last tally (<see cref="RunTick.Wakes"/>).
    /// </summary>
    public static SchoolTally Tally(RunModel run, SchoolTally last) => last with
    {
        Tick = last.Tick + 1,
        Events = [],
        DroppedOut = [],
        ExposureAdopted = new int[run.PracticeCount * ExposureCounter.Bins],
        Settled = true,
        SentTo = [],
    };

    /// <summary>
    /// The school at <paramref name="tick"/>, from its state at an earlier tick that its host was not called for because it
    /// was quiet (see <see cref="RunTick.Wakes"/>): each missed tick is the quiet tick it would have stepped.
    /// </summary>
    public static SchoolState CatchUp(RunModel run, SchoolState state, int tick)
    {
        if (state.Tick > tick)
        {
            throw new InvalidOperationException($"School {state.School} holds tick {state.Tick} but was announced tick {tick}.");
        }

        while (state.Tick < tick)
        {
            if (!CanCatchUp(run, state))
            {
                throw new InvalidOperationException($"School {state.School} missed tick {state.Tick} but was not settled.");
            }

            state = Next(run, state, state.Support).Next;
        }

        return state;
    }

    /// <summary>Whether the school's next tick would be quiet without an inbox or a new tie, its support unmoved: only such a school is left uncalled (<see cref="RunTick.Wakes"/>).</summary>
    public static bool CanCatchUp(RunModel run, SchoolState state) => state.Settled && Skippable(run);

    /// <summary>
    /// Whether the run's schools may be left uncalled at their quiet ticks at all: not when it holds school support,
    /// which moves at every tick, quiet or not (the improvement model).
    /// </summary>
    public static bool Skippable(RunModel run) => !run.ParticipantRules.Holds.HasFlag(Quantities.Support);

    /// <summary>
    /// A quiet tick (see <see cref="SchoolTick.Begin"/>): the same participants, reports and exposure as the tick before, so the
    /// same tally sums; only the tick and the school's support move, and nothing is sent.
    /// </summary>
    public static SchoolTickResult Next(RunModel run, SchoolState state, double support)
    {
        var tally = Tally(run, state.Tally) with { Support = support };
        var next = new SchoolState
        {
            School = state.School,
            Tick = state.Tick + 1,
            Support = support,
            Institutionalised = state.Institutionalised,
            First = state.First,
            Participants = state.Participants,
            Reports = state.Reports,
            Contacts = state.Contacts,
            AdoptedTick = state.AdoptedTick,
            Remote = state.Remote,
            Watchers = state.Watchers,
            Changed = [],
            NeededStep = state.NeededStep,
            PractisingContacts = state.PractisingContacts,
            Tally = tally,
            Settled = true,
            Staffing = state.Staffing,
        };
        return new SchoolTickResult(next, [], tally);
    }
}
