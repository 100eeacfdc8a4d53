using NetworkSim.Model.Randomness;
using NetworkSim.Model.Rules;

namespace NetworkSim.Model.Agents;

/// <summary>
/// One participant's tick: reads its own state and its contacts' public states at t, applies every rule and
/// leaves its state at t + 1. Pure apart from updating the state it is given; all chance comes from
/// counter-based draws keyed by (seed, participant or tie, tick), so the result cannot depend on who runs it.
/// </summary>
public static class ParticipantStep
{
    /// <param name="run">The run's static model.</param>
    /// <param name="state">The participant's state at t; becomes its state at t + 1.</param>
    /// <param name="contacts">Public states at t of its contacts, in the order of <see cref="ContactOrder"/>.</param>
    /// <param name="context">The school and network at t.</param>
    public static ParticipantReport Advance(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, SchoolContext context)
    {
        var network = run.Network;
        var p = run.Parameters;
        var practices = run.Scenario.Practices;
        var count = practices.Count;
        var i = state.Index;
        var t = context.Tick;
        var seed = run.Seed;
        var school = network.School[i];
        var active = network.InNetwork[i] && !state.DroppedOut;
        var process = run.ProcessLevel(school);
        var content = run.ContentLevel(school);
        var events = context.Network;

        Span<double> gain = stackalloc double[count];
        Span<double> trustedAdopters = stackalloc double[count];
        Span<int> practisingContacts = stackalloc int[count];
        gain.Clear();
        trustedAdopters.Clear();
        practisingContacts.Clear();

        // Mechanisms 1-3: exchange along ties, reading everyone at t.
        for (var c = 0; c < contacts.Length; c++)
        {
            var peer = contacts[c];
            var j = peer.Index;
            var colleague = network.School[j] == school;
            if (!colleague && !(active && peer.Active))
            {
                continue;
            }

            var trust = state.Trust[c];
            for (var k = 0; k < count; k++)
            {
                if (peer.Practises(k))
                {
                    trustedAdopters[k] += trust;
                    practisingContacts[k]++;
                }
            }

            var meet = InteractionRule.MeetProbability(p.Exchange, colleague, events.Convening, state.Engagement, peer.Engagement);
            if (CounterRandom.PairUniform(seed, Purpose.Interaction, i, j, t) >= meet)
            {
                continue;
            }

            var distance = network.Distance(i, j);
            var backHome = colleague ? p.BackHome.Mobilisation * context.Support : 1;
            for (var k = 0; k < count; k++)
            {
                gain[k] += backHome * (PeerExchangeRule.Gain(p.Exchange.Rate, trust, network.Openness[i], state.Knowledge[k], peer.Knowledge[k])
                    + CollectiveLearningRule.Created(p.Exchange.Creation, trust, distance, state.Knowledge[k], peer.Knowledge[k]));
            }

            var pairProcess = colleague ? 0 : 0.5 * (process + run.ProcessLevel(network.School[j]));
            var failed = CounterRandom.PairUniform(seed, Purpose.ExchangeFailure, i, j, t) < p.Trust.FailureRate;
            state.Trust[c] = TrustRule.AfterExchange(p.Trust, p.Facilitation.SafeSpace, trust, distance, pairProcess, failed);
        }

        // Mechanism 4 (content and synthesis) and site visits: only for active network members.
        var boost = 0.0;
        ulong seenNow = 0;
        if (active)
        {
            if (events.ExpertInput && content > 0 && CounterRandom.Uniform(seed, Purpose.Attendance, i, 0, t) < state.Engagement)
            {
                for (var k = 0; k < count; k++)
                {
                    gain[k] += FacilitationRule.ExpertGain(p.Facilitation, content, state.Knowledge[k]);
                }

                boost = p.Facilitation.ExpertEngagement * content;
            }

            if (events.Convening && process > 0)
            {
                for (var k = 0; k < count; k++)
                {
                    gain[k] += FacilitationRule.SynthesisGain(p.Facilitation, process, events.NetworkMeanKnowledge[k], state.Knowledge[k]);
                }
            }

            if (events.SiteVisit && CounterRandom.Uniform(seed, Purpose.Attendance, i, 1, t) < state.Engagement)
            {
                seenNow = events.PractisedInNetwork;
                for (var k = 0; k < count; k++)
                {
                    if ((seenNow & (1UL << k)) != 0)
                    {
                        gain[k] += FacilitationRule.SiteVisitGain(p.Adoption, state.Knowledge[k]);
                    }
                }
            }
        }

        // Mechanisms 5 and 6: adoption and discontinuance, decided on the state at t.
        var decided = new List<AdoptionEvent>();
        for (var k = 0; k < count; k++)
        {
            var bit = 1UL << k;
            if (!state.Practises(k))
            {
                var proof = AdoptionRule.SocialProof(p.Adoption, practices[k], trustedAdopters[k], (state.Seen & bit) != 0);
                if (AdoptionRule.Eligible(practices[k], state.Knowledge[k], proof)
                    && CounterRandom.Uniform(seed, Purpose.Adoption, i, k, t) < AdoptionRule.Probability(p.Adoption, context.Support))
                {
                    decided.Add(new AdoptionEvent(t + 1, i, k, true, practisingContacts[k]));
                }
            }
            else
            {
                var institutionalised = (context.Institutionalised & bit) != 0;
                if (CounterRandom.Uniform(seed, Purpose.Discontinuance, i, k, t) < DiscontinuanceRule.Probability(p.BackHome, context.Support, institutionalised))
                {
                    decided.Add(new AdoptionEvent(t + 1, i, k, false, practisingContacts[k]));
                }
            }
        }

        // Write state t + 1.
        var value = 0.0;
        for (var k = 0; k < count; k++)
        {
            var next = Math.Clamp(state.Knowledge[k] + gain[k], 0, 1);
            value += next - state.Knowledge[k];
            state.Knowledge[k] = next;
        }

        foreach (var e in decided)
        {
            var bit = 1UL << e.Practice;
            state.Practising = e.Adopted ? state.Practising | bit : state.Practising & ~bit;
            if (e.Adopted)
            {
                state.AdoptedTick[e.Practice] = e.Tick;
            }
        }

        state.Seen |= seenNow;
        var droppedNow = false;
        if (active)
        {
            state.Engagement = EngagementRule.Next(p.Engagement, state.Engagement, count == 0 ? 0 : value / count, boost);
            droppedNow = EngagementRule.DropsOut(p.Engagement, state.Engagement);
            state.DroppedOut = droppedNow;
        }

        AddBrokeredTies(run, state, events.NewTies);
        return Report(run, state, [.. decided], droppedNow);
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

    /// <summary>The participant's report of its state, without events (used at tick 0 and after each tick).</summary>
    public static ParticipantReport Report(RunModel run, ParticipantState state, AdoptionEvent[] events, bool droppedNow)
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

        return new ParticipantReport(state.ToPeer(network.InNetwork[state.Index]), crossTrust, cross, colleagueTrust, colleagues, events, droppedNow);
    }

    private static void AddBrokeredTies(RunModel run, ParticipantState state, BrokeredTie[] ties)
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
