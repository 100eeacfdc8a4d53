using NetworkSim.Model.Randomness;

namespace NetworkSim.Model.Agents;

/// <summary>The state of a participant at tick 0: starting knowledge, initial adopters, engagement and trust.</summary>
public static class InitialState
{
    public static ParticipantState For(RunModel run, int index)
    {
        var network = run.Network;
        var p = run.Parameters;
        var practices = run.Scenario.Practices;
        var knowledge = new double[practices.Count];
        var adopted = new int[practices.Count];
        ulong practising = 0;
        for (var k = 0; k < practices.Count; k++)
        {
            adopted[k] = -1;
            knowledge[k] = Math.Clamp(practices[k].InitialKnowledge + 0.05 * CounterRandom.Normal(run.Seed, Purpose.InitialKnowledge, index, k), 0, 1);
            if (run.InitialAdopters[k].Contains(index))
            {
                practising |= 1UL << k;
                knowledge[k] = 1;
                adopted[k] = 0;
            }
        }

        var school = network.School[index];
        var trust = new List<double>(network.ContactStart[index + 1] - network.ContactStart[index]);
        for (var c = network.ContactStart[index]; c < network.ContactStart[index + 1]; c++)
        {
            trust.Add(network.ContactTrust?[c] ?? (network.School[network.Contacts[c]] == school ? p.Trust.ColleagueInitial : p.Trust.Initial));
        }

        return new ParticipantState
        {
            Index = index,
            Knowledge = knowledge,
            AdoptedTick = adopted,
            Practising = practising,
            Engagement = p.Engagement.Initial,
            Trust = trust,
            Opinion = CounterRandom.Uniform(run.Seed, Purpose.Opinion, index),
        };
    }
}
