using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Agents;

/// <summary>
/// Who practises a practice at tick 0: the chosen group of its start schools, a random share, a random number,
/// explicit participants, a random participant with its neighbourhood, or the best-connected participants.
/// </summary>
internal static class InitialAdoption
{
    public static HashSet<int> Choose(RunModel run, PracticeSpec practice, int k)
    {
        var network = run.Network;
        var chosen = new HashSet<int>();
        var n = network.ParticipantCount;
        var starts = practice.StartSchools.Select(name => run.Scenario.Network.Schools.ToList().IndexOf(name)).Where(s => s >= 0);
        foreach (var school in starts)
        {
            for (var i = network.SchoolStart[school]; i < network.SchoolStart[school + 1]; i++)
            {
                var member = practice.StartWho switch
                {
                    StartGroup.Team => network.InNetwork[i],
                    StartGroup.Leaders => network.Role[i] == Role.Leader,
                    _ => true,
                };
                if (member)
                {
                    chosen.Add(i);
                }
            }
        }

        if (practice.StartFraction > 0)
        {
            for (var i = 0; i < n; i++)
            {
                if (CounterRandom.Uniform(run.Seed, Purpose.SeedAdopters, i, k) < practice.StartFraction)
                {
                    chosen.Add(i);
                }
            }
        }

        if (practice.StartCount > 0)
        {
            // The participants with the smallest keyed draws: a uniformly random subset of the given size.
            chosen.UnionWith(Enumerable.Range(0, n)
                .OrderBy(i => CounterRandom.Bits(run.Seed, Purpose.SeedAdopters, i, 1000 + k))
                .Take(practice.StartCount));
        }

        chosen.UnionWith(practice.StartIds.Where(i => i < n));
        if (practice.StartNeighbourhood && n > 0)
        {
            var centre = CounterRandom.Below(n, run.Seed, Purpose.SeedAdopters, -1, 2000 + k);
            chosen.Add(centre);
            chosen.UnionWith(network.ContactsOf(centre).ToArray());
        }

        if (practice.StartHighestDegree > 0)
        {
            chosen.UnionWith(Enumerable.Range(0, n).OrderByDescending(network.Degree).ThenBy(i => i).Take(practice.StartHighestDegree));
        }

        return chosen;
    }
}
