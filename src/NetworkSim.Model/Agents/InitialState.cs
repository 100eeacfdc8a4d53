using NetworkSim.Model.Randomness;

namespace NetworkSim.Model.Agents;

/// <summary>The state of a participant at tick 0: starting knowledge, initial adopters, engagement and trust.</summary>
internal static class InitialState
{
    public static ParticipantState For(RunModel run, int index)
    {
        var network = run.Network;
        var p = run.Parameters;
        var adopted = new int[run.PracticeCount];
        var knowledge = Knowledge(run, index, adopted, out var practising);
        var school = network.School[index];
        var contacts = network.ContactsOf(index);
        var weights = network.ContactTrustOf(index);
        var trust = new List<double>(contacts.Length);
        for (var c = 0; c < contacts.Length; c++)
        {
            trust.Add(weights.IsEmpty ? (network.School[contacts[c]] == school ? p.Trust.ColleagueInitial : p.Trust.Initial) : weights[c]);
        }

        return new ParticipantState
        {
            Index = index,
            Knowledge = knowledge,
            AdoptedTick = adopted,
            Practising = practising,
            Engagement = p.Engagement.Initial,
            GaveUpProof = NeverGivenUp(run.PracticeCount),
            GaveUpSupport = NeverGivenUp(run.PracticeCount),
            Trust = trust,
            Opinion = CounterRandom.Uniform(run.Seed, Purpose.Opinion, index),
        };
    }

    /// <summary>
    /// <c>For(run, index).ToPeer(inNetwork, 0)</c> without the private part (trust, one entry per contact): what other
    /// schools read of a participant at tick 0.
    /// </summary>
    public static PeerState Peer(RunModel run, int index, bool inNetwork)
    {
        // At tick 0 nobody has dropped out or recovered, and every initial adopter took its practice up at tick 0 (fresh).
        var knowledge = Knowledge(run, index, adopted: null, out var practising);
        return new PeerState(index, knowledge, practising, run.Parameters.Engagement.Initial, inNetwork, practising, 0, CounterRandom.Uniform(run.Seed, Purpose.Opinion, index));
    }

    private static double[] NeverGivenUp(int practices)
    {
        var never = new double[practices];
        Array.Fill(never, double.NaN);
        return never;
    }

    private static double[] Knowledge(RunModel run, int index, int[]? adopted, out ulong practising)
    {
        var practices = run.Scenario.Practices;
        var knowledge = new double[practices.Count];
        practising = 0;
        for (var k = 0; k < practices.Count; k++)
        {
            adopted?[k] = -1;
            knowledge[k] = Math.Clamp(practices[k].InitialKnowledge + 0.05 * CounterRandom.Normal(run.Seed, Purpose.InitialKnowledge, index, k), 0, 1);
            if (run.InitialAdopters[k].Contains(index))
            {
                practising |= 1UL << k;
                knowledge[k] = 1;
                adopted?[k] = 0;
            }
        }

        return knowledge;
    }
}
