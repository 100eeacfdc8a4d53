using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Validation;

/// <summary>Scenarios of the textbook models, built in code: n participants in schools of 100, all of them network members.</summary>
internal static class ClassicScenarios
{
    public static Scenario Population(string name, int participants, ParticipantGraphSpec graph, RuleSet rules, PracticeSpec practice, int replicates, int ticks, ulong seed, int stopWhenUnchangedFor = 0)
    {
        var schools = Math.Max(1, participants / 100);
        return new Scenario
        {
            Name = name,
            Description = $"{rules.Kind} on {graph.Kind}, N = {participants}",
            Seed = seed,
            Replicates = replicates,
            Ticks = ticks,
            StopWhenUnchangedFor = stopWhenUnchangedFor,
            Network = new NetworkDesign
            {
                Schools = Enumerable.Range(1, schools).Select(i => $"S{i}").ToArray(),
                Staff = new RoleCounts(0, 0, 0, participants / schools),
                Team = new RoleCounts(0, 0, 0, participants / schools),
                ParticipantGraph = graph,
            },
            Practices = [practice],
            Facilitators = new FacilitationSpec { Count = 0 },
            Rules = rules,
        };
    }

    /// <summary>Bass on a mean field (no ties), nobody adopted at tick 0.</summary>
    public static Scenario Bass(int participants, double p, double q, int replicates, int ticks, ulong seed = 1969) =>
        Population("bass", participants, new ParticipantGraphSpec { Kind = ParticipantGraphKind.None },
            new RuleSet { Kind = RuleKind.Bass, P = p, Q = q }, new PracticeSpec { Name = "product" }, replicates, ticks, seed);

    /// <summary>Independent cascade on Erdős–Rényi with mean degree c and transmissibility R0 / c, from one random seed.</summary>
    public static Scenario Cascade(int participants, double meanDegree, double r0, int replicates, ulong seed = 2003) =>
        Population($"cascade-r0-{r0}", participants, new ParticipantGraphSpec { Kind = ParticipantGraphKind.ErdosRenyi, MeanDegree = meanDegree },
            new RuleSet { Kind = RuleKind.IndependentCascade, Transmissibility = r0 / meanDegree }, new PracticeSpec { Name = "idea", StartCount = 1 },
            replicates, 500, seed, stopWhenUnchangedFor: 2);

    /// <summary>A Watts threshold cascade on Erdős–Rényi from a random participant and its neighbours (deterministic without noise).</summary>
    public static Scenario Threshold(int participants, double meanDegree, double phi, int replicates, ulong seed = 2002) =>
        Population("threshold", participants, new ParticipantGraphSpec { Kind = ParticipantGraphKind.ErdosRenyi, MeanDegree = meanDegree },
            new RuleSet { Kind = RuleKind.Threshold, Threshold = phi }, new PracticeSpec { Name = "norm", StartNeighbourhood = true },
            replicates, 100, seed, stopWhenUnchangedFor: 2);
}
