using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Agents;

/// <summary>
/// One participant's tick: reads its own state and its contacts' public states at t and leaves its state at t + 1,
/// under the scenario's rule set. Pure apart from updating the state it is given; all chance comes from
/// counter-based draws keyed by (seed, participant or tie, tick), so the result cannot depend on who runs it.
/// </summary>
public static class ParticipantStep
{
    /// <param name="run">The run's static model.</param>
    /// <param name="state">The participant's state at t; becomes its state at t + 1.</param>
    /// <param name="contacts">Public states at t of its contacts, in the order of <see cref="ContactOrder"/>.</param>
    /// <param name="context">The school and network at t.</param>
    public static ParticipantReport Advance(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, SchoolContext context) =>
        run.Rules.Kind == RuleKind.NetworkedImprovement
            ? ImprovementStep.Advance(run, state, contacts, context)
            : ClassicStep.Advance(run, state, contacts, context);

    /// <summary>
    /// Whether a participant can change at all in this tick. A school skips participants that cannot: an adopter
    /// under threshold or cascade rules, a susceptible with no infected contact, a non-adopter whose contacts did
    /// not change. Skipping is exact: a skipped participant is in the state it would have computed.
    /// </summary>
    public static bool NeedsStep(RunModel run, PeerState self, ReadOnlySpan<PeerState> contacts, int tick)
    {
        var rules = run.Rules;
        var all = run.PracticeCount >= 64 ? ulong.MaxValue : (1UL << run.PracticeCount) - 1;
        var open = all & ~self.Practising & ~self.Recovered;
        switch (rules.Kind)
        {
            case RuleKind.Bass:
                return open != 0;
            case RuleKind.Threshold when rules.Noise == 0:
                return open != 0 && (tick == 0 || AnyFresh(contacts, open));
            case RuleKind.IndependentCascade when rules.Noise == 0:
                return AnyFresh(contacts, open);
            case RuleKind.Threshold or RuleKind.IndependentCascade:
                return open != 0;
            case RuleKind.Sir:
                if (self.Practising != 0)
                {
                    return true;
                }

                foreach (var peer in contacts)
                {
                    if ((peer.Practising & open) != 0)
                    {
                        return true;
                    }
                }

                return false;
            default:
                return true;
        }
    }

    private static bool AnyFresh(ReadOnlySpan<PeerState> contacts, ulong practices)
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

    /// <summary>The contacts whose public states <see cref="Advance"/> expects, in order: tick-0 ties, then brokered ones.</summary>
    public static IEnumerable<int> ContactOrder(RunModel run, ParticipantState state)
    {
        var network = run.Network;
        for (var c = network.ContactStart[state.Index]; c < network.ContactStart[state.Index + 1]; c++)
        {
            yield return network.Contacts[c];
        }

        foreach (var b in state.BrokeredContacts)
        {
            yield return b;
        }
    }

    /// <summary>The participant's ties with its trust in each, tick-0 ties first, then brokered ones.</summary>
    public static IEnumerable<TieState> Ties(RunModel run, ParticipantState state)
    {
        var c = 0;
        var initial = run.Network.Degree(state.Index);
        foreach (var j in ContactOrder(run, state))
        {
            var brokered = c >= initial;
            yield return new TieState(state.Index, j, state.Trust[c], brokered ? state.BrokeredTick[c - initial] : 0, brokered);
            c++;
        }
    }

    /// <summary>The participant's report of its state, without events (used at tick 0 and after each tick).</summary>
    public static ParticipantReport Report(RunModel run, ParticipantState state, int tick, AdoptionEvent[] events, bool droppedNow)
    {
        var network = run.Network;
        var school = network.School[state.Index];
        double crossTrust = 0, colleagueTrust = 0;
        int cross = 0, colleagues = 0, c = 0;
        foreach (var j in ContactOrder(run, state))
        {
            if (network.School[j] == school)
            {
                colleagueTrust += state.Trust[c];
                colleagues++;
            }
            else
            {
                crossTrust += state.Trust[c];
                cross++;
            }

            c++;
        }

        return new ParticipantReport(state.ToPeer(network.InNetwork[state.Index], tick), crossTrust, cross, colleagueTrust, colleagues, events, droppedNow);
    }

    internal static void AddBrokeredTies(RunModel run, ParticipantState state, BrokeredTie[] ties)
    {
        foreach (var tie in ties)
        {
            var other = tie.A == state.Index ? tie.B : tie.B == state.Index ? tie.A : -1;
            if (other >= 0)
            {
                state.BrokeredContacts.Add(other);
                state.BrokeredTick.Add(tie.Tick + 1);
                state.Trust.Add(run.Parameters.Facilitation.BrokeredTrust);
            }
        }
    }
}
