using NetworkSim.Model.Agents;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.RuleSets;

namespace NetworkSim.Model.Engine;

/// <summary>
/// A school's tick, in the order it happens: <see cref="Begin"/> reads the announcement and the inbox and decides
/// who steps; the host steps them; <see cref="Finish"/> updates support, counts exposure, marks adoptions,
/// institutionalises, tallies and fills the outbox. Every state at t is read before anything at t + 1 is written.
/// </summary>
public static class SchoolTick
{
    /// <summary>The school at tick 0, computed without stepping anyone (the tick-0 state is a pure function of the run).</summary>
    public static SchoolTickResult Initial(RunModel run, int school)
    {
        var network = run.Network;
        var first = network.SchoolStart[school];
        var staff = network.StaffCount(school);
        var participants = new ParticipantState[staff];
        var contacts = new int[staff][];
        var reports = new ParticipantReport[staff];
        var adoptedTick = new int[staff * run.PracticeCount];
        for (var k = 0; k < staff; k++)
        {
            var state = participants[k] = InitialState.For(run, first + k);
            contacts[k] = ParticipantStep.Contacts(run, state);
            reports[k] = ParticipantStep.Report(run, state, 0, [], droppedNow: false);
            state.AdoptedTick.CopyTo(adoptedTick, k * run.PracticeCount);
        }

        var support = network.InitialSupport[school];
        var next = new SchoolState
        {
            School = school,
            Tick = 0,
            Support = support,
            Institutionalised = SchoolStep.Institutionalised(run, Array.ConvertAll(reports, r => r.State)),
            First = first,
            Participants = participants,
            Reports = reports,
            Contacts = contacts,
            AdoptedTick = adoptedTick,
            // Empty: tick-0 states are a pure function of the run, which computes each once for every school
            // (RunModel.InitialPeer); the table holds only what other schools send later.
            Remote = [],
            Changed = [],
            PractisingContacts = new int[staff * run.PracticeCount],
            Tally = SchoolStep.Tally(run, school, 0, support, reports),
            Staffing = StaffSummary.Of(run, staff, k => reports[k].State),
        };
        return new SchoolTickResult(next, [], next.Tally);
    }

    /// <summary>
    /// Who must step at the announced tick and with what: each participant's contacts' states at t (own staff from
    /// the school, others from <paramref name="inbox"/>, which holds only the remote states that changed, merged into
    /// <see cref="SchoolState.Remote"/>, or at their tick-0 state when none ever came). A participant that cannot change (<see cref="ParticipantStep.NeedsStep"/>)
    /// and gains no brokered tie is skipped unless <paramref name="skipIdle"/> is false; skipping is exact. After
    /// tick 0 only participants whose own state or a contact's changed are asked again (and their contacts read);
    /// the others repeat their last answer, which inputs that did not change cannot alter.
    /// </summary>
    /// <param name="buffers">
    /// The host's arrays for the contacts' states, one slot a participant, filled again where their length still fits:
    /// a host passes them only when no call of its previous tick can still be reading them (null: new arrays).
    /// </param>
    /// <param name="spares">
    /// The host's spare reports, one slot a participant, filled by <see cref="Finish"/>: a called participant is lent
    /// its spare (<see cref="ParticipantCall.Spare"/>) and its slot is emptied. Null: no report is recycled.
    /// </param>
    public static SchoolTickPlan Begin(RunModel run, SchoolState state, NetworkTick tick, IReadOnlyDictionary<int, PeerState> inbox, bool skipIdle = true, PeerState[]?[]? buffers = null, ParticipantReport?[]? spares = null)
    {
        if (tick.Tick != state.Tick)
        {
            throw new InvalidOperationException($"School {state.School} holds tick {state.Tick} but was announced tick {tick.Tick}.");
        }

        if (state.Remote.Count == 0)
        {
            // The first states to arrive size the table at once rather than by doubling (under the full model they are
            // nearly all of the school's remote contacts, which every tick sends again).
            state.Remote.EnsureCapacity(inbox.Count);
        }

        foreach (var (index, peer) in inbox)
        {
            state.Remote[index] = peer;
        }

        var context = new SchoolContext(tick, state.Support, state.Institutionalised);
        var touched = SchoolChanges.Touched(state, tick.NewTies);
        if (skipIdle && tick.Tick > 0 && state.Settled && inbox.Count == 0 && touched is null)
        {
            // Nothing the school's participants read changed, and none of them could change last tick: none can now.
            // (Only under rules whose NeedsStep can say no, the textbook models: the networked-improvement model's
            // participants can always change, so its schools are never settled and never take this path.)
            return new SchoolTickPlan(context, [], [], [], state.NeededStep!, state.PractisingContacts, Quiet: true);
        }

        var staff = state.Staff;
        var practices = run.PracticeCount;
        var dirty = SchoolChanges.Dirty(state, inbox, everyone: !skipIdle || tick.Tick == 0 || state.NeededStep is null);
        var inputs = new PeerState[]?[staff];
        var skipped = new ParticipantReport?[staff];
        var needed = new bool[staff];
        var practising = dirty is null ? new int[staff * practices] : (int[])state.PractisingContacts.Clone();
        // Sized for everyone and trimmed once (under the full model everyone is called): no list growing a tick.
        var calls = new ParticipantCall[staff];
        var called = 0;
        PeerState[]? asking = null;
        for (var k = 0; k < staff; k++)
        {
            var self = state.Reports[k].State;
            if (dirty is null || dirty[k])
            {
                // One that needed a step when last asked most likely needs one now: its contacts' states go straight into
                // its buffer. The others are read into one pooled array, and copied into a buffer only if called: at tick 0
                // of a textbook model nearly everyone is asked and few are called, and their buffers outlive the run.
                var contacts = !skipIdle || state.NeededStep?[k] == true
                    ? inputs[k] = ContactStates.Of(run, state, k, buffers)
                    : ContactStates.Into(run, state, k, ref asking);
                ExposureCounter.Practising(practices, contacts, practising.AsSpan(k * practices, practices));
                needed[k] = !skipIdle || ParticipantStep.NeedsStep(run, self, contacts, tick.Tick);
                if ((needed[k] || touched?[k] == true) && inputs[k] is null)
                {
                    inputs[k] = ContactStates.Keep(contacts, k, buffers);
                }
            }
            else
            {
                needed[k] = state.NeededStep![k];
            }

            if (!needed[k] && touched?[k] != true)
            {
                // Unchanged by construction; only the "adopted at this tick" mark expires, and last tick's events.
                var report = state.Reports[k];
                skipped[k] = self.Fresh == 0 && report.Events.Length == 0 && !report.DroppedOutNow
                    ? report
                    : report with { State = self.Fresh == 0 ? self : self with { Fresh = 0 }, Events = [], DroppedOutNow = false };
                continue;
            }

            calls[called++] = new ParticipantCall(k, state.Participants[k].Tick, context, inputs[k] ??= ContactStates.Of(run, state, k, buffers), SpareReports.Lend(spares, k));
        }

        ContactStates.Release(asking);
        SchoolChanges.IndexWatchers(state, needed);
        if (called < staff)
        {
            Array.Resize(ref calls, called);
        }

        return new SchoolTickPlan(context, inputs, calls, skipped, needed, practising);
    }

    /// <summary>Completes the tick from the outcomes of <paramref name="plan"/>'s calls, given in the order of the calls.</summary>
    /// <param name="spares">
    /// The host's spare reports (see <see cref="Begin"/>), or null. Each called participant's report at t goes into its
    /// slot once nobody reads it: the school holds the new one, and every other school that holds its public state at t
    /// is sent the new state with this tick's outbox and replaces it before it reads anything next tick. A new state
    /// equal to the one at t is not sent, so its readers keep the old object: the new report then points at that
    /// object and the new, equal one is what is spare.
    /// </param>
    public static SchoolTickResult Finish(RunModel run, SchoolState state, SchoolTickPlan plan, IReadOnlyList<ParticipantOutcome> outcomes, ParticipantReport?[]? spares = null)
    {
        if (outcomes.Count != plan.Calls.Length)
        {
            throw new ArgumentException($"School {state.School}: {plan.Calls.Length} participants were called but {outcomes.Count} outcomes came back.", nameof(outcomes));
        }

        var t = plan.Context.Tick;
        var practices = run.PracticeCount;
        // Support at t + 1 reads the staff at t; it moves only under a rule set that holds school support (the textbook models' schools have none).
        var support = run.ParticipantRules.Holds.HasFlag(Quantities.Support)
            ? SchoolStep.NextSupport(run, state.School, state.Support, state.Staffing, plan.Context.Network.Convening)
            : state.Support;
        if (plan.Quiet)
        {
            return QuietTick.Next(run, state, support);
        }

        // The participant and contact arrays are the state's own until an entry changes, then copied once: on one silo every
        // participant is stepped in place (the same object comes back), so a copy each tick held the same objects and,
        // outliving the tick, was promoted by every collection of a large run (docs/performance.md, Round 10).
        var participants = state.Participants;
        var contacts = state.Contacts;
        var reports = new ParticipantReport[state.Staff];
        for (var k = 0; k < reports.Length; k++)
        {
            reports[k] = plan.Skipped[k]!;
        }

        for (var c = 0; c < plan.Calls.Length; c++)
        {
            var k = plan.Calls[c].Local;
            var outcome = outcomes[c];
            if (!ReferenceEquals(participants[k], outcome.State))
            {
                participants = Writable(participants, state.Participants);
                participants[k] = outcome.State;
            }

            reports[k] = outcome.Report;
            if (outcome.Contacts is { } now)
            {
                contacts = Writable(contacts, state.Contacts);
                contacts[k] = now;
                SchoolChanges.Watch(state.Watchers, k, now);
            }
        }

        var atRisk = new int[practices * ExposureCounter.Bins];
        var adopted = new int[atRisk.Length];
        var changed = new List<int>();
        var settled = plan.Calls.Length == 0;
        for (var k = 0; k < reports.Length; k++)
        {
            settled &= ReferenceEquals(reports[k], state.Reports[k]);
            ExposureCounter.Count(practices, state.Reports[k].State, plan.PractisingContacts.AsSpan(k * practices, practices), reports[k].Events, atRisk, adopted);
            if (!state.Reports[k].State.SameBits(reports[k].State) || !ReferenceEquals(contacts[k], state.Contacts[k]))
            {
                changed.Add(k);
            }
        }

        if (spares is not null)
        {
            SpareReports.Recycle(state, plan, reports, spares);
        }

        // Copied, as the arrays above, only when an adoption is recorded.
        var adoptedTick = state.AdoptedTick;
        for (var c = 0; c < outcomes.Count; c++)
        {
            foreach (var e in outcomes[c].Report.Events)
            {
                if (e.Adopted)
                {
                    adoptedTick = Writable(adoptedTick, state.AdoptedTick);
                    adoptedTick[(e.Participant - state.First) * practices + e.Practice] = e.Tick;
                }
            }
        }

        var next = new SchoolState
        {
            School = state.School,
            Tick = t + 1,
            Support = support,
            Institutionalised = SchoolStep.Institutionalised(run, reports),
            First = state.First,
            Participants = participants,
            Reports = reports,
            Contacts = contacts,
            AdoptedTick = adoptedTick,
            Remote = state.Remote,
            Watchers = state.Watchers,
            Changed = [.. changed],
            NeededStep = plan.NeededStep,
            PractisingContacts = plan.PractisingContacts,
            Tally = SchoolStep.Tally(run, state.School, t + 1, support, reports),
            Settled = settled,
            Staffing = settled ? state.Staffing : StaffSummary.Of(run, reports.Length, k => reports[k].State),
        };
        var outbox = SchoolOutbox.Of(run, next);
        next.Tally = next.Tally with
        {
            ExposureAtRisk = atRisk,
            ExposureAdopted = adopted,
            Settled = settled,
            SentTo = Array.ConvertAll(outbox, b => b.ToSchool),
        };
        return new SchoolTickResult(next, outbox, next.Tally);
    }

    /// <summary>An array of the new state that may be written: a copy while it is still the state before's own.</summary>
    private static T[] Writable<T>(T[] array, T[] before) => ReferenceEquals(array, before) ? (T[])array.Clone() : array;
}
