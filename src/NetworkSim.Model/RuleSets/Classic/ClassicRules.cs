using NetworkSim.Model.Agents;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.RuleSets.Classic;

/// <summary>
/// What the textbook diffusion models share: per practice, a practitioner may give it up and a non-practitioner
/// may take it up, each decided on the contacts' states at t. Same state, grains and protocol as the
/// networked-improvement model, so these models check the engine itself. They have no facilitation.
/// </summary>
internal abstract class ClassicRules : IParticipantRules
{
    public abstract RuleKind Kind { get; }

    public virtual Quantities Holds => Quantities.None;

    public virtual IReadOnlyList<AgentColumn> AgentColumns => [];

    public virtual string EndEvent => "discontinue";

    public ParticipantReport Advance(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, SchoolContext context, ParticipantReport? spare = null)
    {
        var i = state.Index;
        var t = context.Tick;
        var events = new List<AdoptionEvent>();
        Interact(run, state, contacts, t);
        for (var k = 0; k < run.PracticeCount; k++)
        {
            var bit = 1UL << k;
            var adopters = 0;
            foreach (var peer in contacts)
            {
                adopters += (peer.Practising & bit) != 0 ? 1 : 0;
            }

            if ((state.Practising & bit) != 0)
            {
                if (GivesUp(run, i, k, t))
                {
                    events.Add(new AdoptionEvent(t + 1, i, k, false, adopters));
                }

                continue;
            }

            if ((state.Recovered & bit) == 0 && TakesUp(run, state, contacts, context, k, adopters))
            {
                events.Add(new AdoptionEvent(t + 1, i, k, true, adopters));
            }
        }

        foreach (var e in events)
        {
            var bit = 1UL << e.Practice;
            if (e.Adopted)
            {
                state.Practising |= bit;
                state.AdoptedTick[e.Practice] = e.Tick;
            }
            else
            {
                state.Practising &= ~bit;
                state.Recovered |= bit;
            }
        }

        RefuseBrokeredTies(state, context.Network.NewTies);
        return ParticipantStep.Report(run, state, t + 1, [.. events], droppedNow: false, spare);
    }

    public virtual bool NeedsStep(RunModel run, PeerState self, ReadOnlySpan<PeerState> contacts, int tick) => true;

    /// <summary>Refuses ties: the reader refuses facilitators for these rules, so a tie here is a scenario built around it.</summary>
    private void RefuseBrokeredTies(ParticipantState state, BrokeredTie[] ties)
    {
        if (ties.Any(t => t.A == state.Index || t.B == state.Index))
        {
            throw new InvalidOperationException($"Participant {state.Index}: rules.kind {Kind} has no facilitation, but a tie was brokered to it; run these rules with facilitators.count 0.");
        }
    }

    /// <summary>Before adoption: what contacts do to the participant regardless of practices (bounded confidence's opinions).</summary>
    protected virtual void Interact(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, int t)
    {
    }

    /// <summary>Whether a practitioner gives practice k up (SIR's recovery); never by default.</summary>
    protected virtual bool GivesUp(RunModel run, int i, int k, int t) => false;

    /// <summary>Whether a non-practitioner who has not recovered takes practice k up at t + 1.</summary>
    protected abstract bool TakesUp(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, SchoolContext context, int k, int adopters);

    /// <summary>The practices a participant has neither taken up nor recovered from.</summary>
    protected static ulong Open(RunModel run, PeerState self)
    {
        var all = run.PracticeCount >= 64 ? ulong.MaxValue : (1UL << run.PracticeCount) - 1;
        return all & ~self.Practising & ~self.Recovered;
    }

    /// <summary>Threshold and cascade noise: adoption below threshold with the scenario's small chance per tick.</summary>
    protected static bool Noise(RunModel run, int i, int k, int t) =>
        run.Rules.Noise > 0 && CounterRandom.Uniform(run.Seed, Purpose.Noise, i, k, t) < run.Rules.Noise;

    protected static bool AnyFresh(ReadOnlySpan<PeerState> contacts, ulong practices)
    {
        foreach (var peer in contacts)
        {
            if ((peer.Fresh & practices) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any contagious contact transmits: each by its own draw keyed by (contact, participant, tick, practice).</summary>
    protected static bool Transmitted(ulong seed, int i, int k, int t, ReadOnlySpan<PeerState> contacts, bool fresh, double probability)
    {
        var bit = 1UL << k;
        foreach (var peer in contacts)
        {
            var contagious = fresh ? (peer.Fresh & bit) != 0 : (peer.Practising & bit) != 0;
            if (contagious && CounterRandom.Uniform(seed, Purpose.Transmission, peer.Index, i, (long)t * 64 + k) < probability)
            {
                return true;
            }
        }

        return false;
    }
}
