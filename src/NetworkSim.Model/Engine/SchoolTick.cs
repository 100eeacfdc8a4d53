using NetworkSim.Model.Agents;
using NetworkSim.Model.Metrics;

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
        var links = new SortedDictionary<int, SortedSet<int>>();
        for (var k = 0; k < staff; k++)
        {
            var state = participants[k] = InitialState.For(run, first + k);
            contacts[k] = [.. ParticipantStep.ContactOrder(run, state)];
            reports[k] = ParticipantStep.Report(run, state, 0, [], droppedNow: false);
            state.AdoptedTick.CopyTo(adoptedTick, k * run.PracticeCount);
            Link(run, links, school, first + k, contacts[k]);
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
            Links = links,
        };
        return new SchoolTickResult(next, Outbox(next), SchoolStep.Tally(run, school, 0, support, reports));
    }

    /// <summary>
    /// Who must step at the announced tick and with what: each participant's contacts' states at t (own staff from
    /// the school, others from <paramref name="inbox"/>). A participant that cannot change (<see cref="ParticipantStep.NeedsStep"/>)
    /// and gains no brokered tie is skipped unless <paramref name="skipIdle"/> is false; skipping is exact.
    /// </summary>
    public static SchoolTickPlan Begin(RunModel run, SchoolState state, NetworkTick tick, IReadOnlyDictionary<int, PeerState> inbox, bool skipIdle = true)
    {
        if (tick.Tick != state.Tick)
        {
            throw new InvalidOperationException($"School {state.School} holds tick {state.Tick} but was announced tick {tick.Tick}.");
        }

        var context = new SchoolContext(tick, state.Support, state.Institutionalised);
        var staff = state.Staff;
        var inputs = new PeerState[staff][];
        var skipped = new ParticipantReport?[staff];
        var calls = new List<ParticipantCall>();
        for (var k = 0; k < staff; k++)
        {
            var contacts = inputs[k] = Array.ConvertAll(state.Contacts[k], j => Lookup(run, state, inbox, j));
            var self = state.Reports[k].State;
            if (skipIdle && !ParticipantStep.NeedsStep(run, self, contacts, tick.Tick) && !TouchedBy(tick.NewTies, state.First + k))
            {
                // Unchanged by construction; only the "adopted at this tick" mark expires.
                skipped[k] = state.Reports[k] with { State = self.Fresh == 0 ? self : self with { Fresh = 0 }, Events = [], DroppedOutNow = false };
                continue;
            }

            calls.Add(new ParticipantCall(k, state.Participants[k].Tick, context, contacts));
        }

        return new SchoolTickPlan(context, inputs, [.. calls], skipped);
    }

    /// <summary>Completes the tick from the outcomes of <paramref name="plan"/>'s calls, given in the order of the calls.</summary>
    public static SchoolTickResult Finish(RunModel run, SchoolState state, SchoolTickPlan plan, IReadOnlyList<ParticipantOutcome> outcomes)
    {
        if (outcomes.Count != plan.Calls.Length)
        {
            throw new ArgumentException($"School {state.School}: {plan.Calls.Length} participants were called but {outcomes.Count} outcomes came back.", nameof(outcomes));
        }

        var t = plan.Context.Tick;
        var practices = run.PracticeCount;
        // Support at t + 1 reads the staff at t.
        var support = SchoolStep.NextSupport(run, state.School, state.Support, state.PublicStates(), plan.Context.Network.Convening);
        var participants = (ParticipantState[])state.Participants.Clone();
        var contacts = (int[][])state.Contacts.Clone();
        var reports = new ParticipantReport[state.Staff];
        var links = state.Links;
        for (var k = 0; k < reports.Length; k++)
        {
            reports[k] = plan.Skipped[k]!;
        }

        for (var c = 0; c < plan.Calls.Length; c++)
        {
            var k = plan.Calls[c].Local;
            var outcome = outcomes[c];
            participants[k] = outcome.State;
            reports[k] = outcome.Report;
            if (outcome.Contacts is { } changed)
            {
                contacts[k] = changed;
                links = links == state.Links ? Copy(links) : links;
                Link(run, links, state.School, state.First + k, changed);
            }
        }

        var atRisk = new int[practices * ExposureCounter.Bins];
        var adopted = new int[atRisk.Length];
        for (var k = 0; k < reports.Length; k++)
        {
            ExposureCounter.Count(practices, state.Reports[k].State, plan.Inputs[k], reports[k].Events, atRisk, adopted);
        }

        var adoptedTick = (int[])state.AdoptedTick.Clone();
        foreach (var e in outcomes.SelectMany(o => o.Report.Events).Where(e => e.Adopted))
        {
            adoptedTick[(e.Participant - state.First) * practices + e.Practice] = e.Tick;
        }

        var next = new SchoolState
        {
            School = state.School,
            Tick = t + 1,
            Support = support,
            Institutionalised = SchoolStep.Institutionalised(run, Array.ConvertAll(reports, r => r.State)),
            First = state.First,
            Participants = participants,
            Reports = reports,
            Contacts = contacts,
            AdoptedTick = adoptedTick,
            Links = links,
        };
        var tally = SchoolStep.Tally(run, state.School, t + 1, support, reports) with { ExposureAtRisk = atRisk, ExposureAdopted = adopted };
        return new SchoolTickResult(next, Outbox(next), tally);
    }

    /// <summary>One batch per linked school, ascending: the states at the school's tick of its participants with contacts there.</summary>
    public static SchoolBatch[] Outbox(SchoolState state) =>
        state.Links.Select(link => new SchoolBatch(state.School, link.Key, state.Tick,
            link.Value.Select(i => state.Reports[i - state.First].State).ToArray())).ToArray();

    private static bool TouchedBy(BrokeredTie[] ties, int participant) => ties.Any(t => t.A == participant || t.B == participant);

    private static PeerState Lookup(RunModel run, SchoolState state, IReadOnlyDictionary<int, PeerState> inbox, int participant) =>
        run.Network.School[participant] == state.School
            ? state.Reports[participant - state.First].State
            : inbox.TryGetValue(participant, out var peer)
                ? peer
                : throw new InvalidOperationException($"School {state.School} has no state for participant {participant} at tick {state.Tick}.");

    private static void Link(RunModel run, SortedDictionary<int, SortedSet<int>> links, int school, int participant, int[] contacts)
    {
        foreach (var contact in contacts)
        {
            var other = run.Network.School[contact];
            if (other == school)
            {
                continue;
            }

            if (!links.TryGetValue(other, out var members))
            {
                links[other] = members = [];
            }

            members.Add(participant);
        }
    }

    private static SortedDictionary<int, SortedSet<int>> Copy(SortedDictionary<int, SortedSet<int>> links) =>
        new(links.ToDictionary(l => l.Key, l => new SortedSet<int>(l.Value)));
}
