using NetworkSim.Model.Agents;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.RuleSets.Improvement;

/// <summary>
/// One participant's tick under the networked-improvement model (mechanisms 1-8 of docs/model.md): reads its own
/// state and its contacts' public states at t, applies every rule and leaves its state at t + 1.
/// </summary>
internal static class ImprovementStep
{
    /// <param name="run">The run's static model.</param>
    /// <param name="state">The participant's state at t; becomes its state at t + 1.</param>
    /// <param name="contacts">Public states at t of its contacts, in the order of <see cref="ParticipantStep.ContactOrder"/>.</param>
    /// <param name="context">The school and network at t.</param>
    /// <param name="spare">A report nobody reads any more, filled instead of a new one (see <see cref="ParticipantStep.Report"/>), or null.</param>
    public static ParticipantReport Advance(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, SchoolContext context, ParticipantReport? spare = null)
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
        var process = run.ProcessLevel(school, t);
        var content = run.ContentLevel(school, t);
        var events = context.Network;
        // A facilitator helps the school apply what the network learns (001:L63-64): members adopt more readily, and
        // knowledge moves more readily to colleagues back home.
        var help = FacilitationRule.ImplementationHelp(p.Facilitation, process, content);

        Span<double> gain = stackalloc double[count];
        var contributed = 0.0;
        // Social proof reads every contact that counts: colleagues, and network contacts while both are active members.
        var trustedContacts = 0.0;
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
            trustedContacts += trust;
            for (var k = 0; k < count; k++)
            {
                if (peer.Practises(k))
                {
                    trustedAdopters[k] += trust;
                    practisingContacts[k]++;
                }
            }

            var meet = colleague && network.Partners(i, j)
                ? InteractionRule.PartnerMeetProbability(p.BackHome)
                : InteractionRule.MeetProbability(p.Exchange, colleague, events.Convening, state.Engagement, peer.Engagement);
            if (colleague && events.Convening && (active || peer.Active))
            {
                // At a convening the school's active members are away for part of the week (000:L30): they meet
                // colleagues back home less that week, not never.
                meet *= 1 - SchoolSupportRule.AwayWeekShare(p.School);
            }

            if (CounterRandom.PairUniform(seed, Purpose.Interaction, i, j, t) >= meet)
            {
                continue;
            }

            var distance = network.Distance(i, j);
            // Back home (mechanism 6), a meeting of two colleagues carries what the network learns only now and then: a
            // mobilising conversation, as likely as the school's support and the facilitator's help make it (002:L15-19).
            // Colleagues hear of the practice at different times, so back home does not move as one.
            var carries = !colleague || CounterRandom.PairUniform(seed, Purpose.Mobilisation, i, j, t) < p.BackHome.Mobilisation * context.Support * (1 + help);
            var relevance = colleague || network.SharesProblem(i, j) ? 1 : p.Exchange.UnsharedRelevance;
            for (var k = 0; k < count && carries; k++)
            {
                gain[k] += relevance * (PeerExchangeRule.Gain(p.Exchange.Rate, trust, network.Openness[i], state.Knowledge[k], peer.Knowledge[k])
                    + CollectiveLearningRule.Created(p.Exchange.Creation, trust, distance, state.Knowledge[k], peer.Knowledge[k]));
                if (!colleague)
                {
                    // What i passes on to a network peer (its own trust stands in for the peer's, which it cannot see).
                    contributed += relevance * PeerExchangeRule.Gain(p.Exchange.Rate, trust, network.Openness[j], peer.Knowledge[k], state.Knowledge[k]);
                }
            }

            var pairProcess = colleague ? 0 : 0.5 * (process + run.ProcessLevel(network.School[j], t));
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

        // Mechanisms 5 and 6: adoption and discontinuance, decided on the state at t. A facilitator helps members apply
        // what they learn, and its safe space makes them tolerate failure.
        var memberHelp = active ? help : 0;
        var tolerance = active ? FacilitationRule.FailureTolerance(p.Facilitation, process) : 0;
        // Most participants decide nothing in a tick: the list is made for the first event.
        List<AdoptionEvent>? decided = null;
        var share = run.Scenario.Rules.SocialProof == SocialProofForm.Share;
        for (var k = 0; k < count; k++)
        {
            var bit = 1UL << k;
            var sinceVisit = (state.Seen & bit) != 0 ? t - state.SeenTick : -1;
            // The cause to take a practice up again is read from peers alone (a visit's fading proof is no change in one's
            // peers); a site visit after giving up is a cause of its own (it clears the bar, below).
            double fromPeers;
            bool eligible;
            if (share)
            {
                var weighed = AdoptionRule.SocialShare(p.Adoption, practices[k], trustedAdopters[k], trustedContacts, sinceVisit);
                fromPeers = sinceVisit < 0 ? AdoptionRule.Share(weighed) : AdoptionRule.Share(AdoptionRule.SocialShare(p.Adoption, practices[k], trustedAdopters[k], trustedContacts, -1));
                eligible = AdoptionRule.Eligible(practices[k], state.Knowledge[k], weighed, AdoptionRule.Threshold(p.Adoption, practices[k], CounterRandom.Uniform(seed, Purpose.Threshold, i, k)));
            }
            else
            {
                var proof = AdoptionRule.SocialProof(p.Adoption, practices[k], trustedAdopters[k], sinceVisit);
                fromPeers = AdoptionRule.SocialProof(p.Adoption, practices[k], trustedAdopters[k], -1);
                eligible = AdoptionRule.Eligible(practices[k], state.Knowledge[k], proof);
            }

            if (!state.Practises(k))
            {
                // One who gave the practice up takes it up again only with a cause: more proof or more support than then.
                if (eligible
                    && AdoptionRule.HasCauseToReadopt(p.Adoption, fromPeers, context.Support, state.GaveUpProof[k], state.GaveUpSupport[k])
                    && CounterRandom.Uniform(seed, Purpose.Adoption, i, k, t) < AdoptionRule.Probability(p.Adoption, context.Support, memberHelp))
                {
                    (decided ??= []).Add(new AdoptionEvent(t + 1, i, k, true, practisingContacts[k]));
                }
            }
            else
            {
                var institutionalised = (context.Institutionalised & bit) != 0;
                if (CounterRandom.Uniform(seed, Purpose.Discontinuance, i, k, t) < DiscontinuanceRule.Probability(p.BackHome, context.Support, institutionalised, tolerance))
                {
                    (decided ??= []).Add(new AdoptionEvent(t + 1, i, k, false, practisingContacts[k]));
                    state.GaveUpProof[k] = fromPeers;
                    state.GaveUpSupport[k] = context.Support;
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

        for (var d = 0; d < (decided?.Count ?? 0); d++)
        {
            var e = decided![d];
            var bit = 1UL << e.Practice;
            state.Practising = e.Adopted ? state.Practising | bit : state.Practising & ~bit;
            if (e.Adopted)
            {
                state.AdoptedTick[e.Practice] = e.Tick;
            }
        }

        if (seenNow != 0)
        {
            state.Seen |= seenNow;
            state.SeenTick = t + 1;
            for (var k = 0; k < count; k++)
            {
                if ((seenNow & (1UL << k)) != 0)
                {
                    // Seeing the practice at work again is new exposure: no further cause is needed to take it up again.
                    state.GaveUpProof[k] = double.NaN;
                    state.GaveUpSupport[k] = double.NaN;
                }
            }
        }
        var droppedNow = false;
        if (active)
        {
            state.Engagement = EngagementRule.Next(p.Engagement, state.Engagement, count == 0 ? 0 : value / count, count == 0 ? 0 : contributed / count, boost);
            droppedNow = CounterRandom.Uniform(seed, Purpose.Dropout, i, 0, t) < EngagementRule.DropoutChance(p.Engagement, state.Engagement);
            state.DroppedOut = droppedNow;
        }

        AddBrokeredTies(run, state, events.NewTies);
        return ParticipantStep.Report(run, state, t + 1, decided is null ? [] : [.. decided], droppedNow, spare);
    }

    /// <summary>Adds the tick's brokered ties that touch this participant to its contacts, in place from t + 1, at the facilitator's starting trust.</summary>
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
