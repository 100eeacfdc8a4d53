using NetworkSim.Model.Metrics;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Running;

namespace NetworkSim.Runner.Tests.Output;

/// <summary>Results built by hand, with known numbers, to test outputs without running grains.</summary>
public static class FakeResults
{
    public static ScenarioResults Make(int replicates = 2, int ticks = 3) =>
        Make(replicates, ticks, (r, t) => Math.Min(10, t * (r + 2)));

    /// <summary>Results whose replicate <c>r</c> has <c>adopters(r, t)</c> of its 10 participants practising at tick <c>t</c> (at most 2 in the network).</summary>
    public static ScenarioResults Make(int replicates, int ticks, Func<int, int, int> adopters)
    {
        var scenario = new Scenario
        {
            Name = "fake",
            Description = "hand-made",
            Replicates = replicates,
            Ticks = ticks,
            Network = new NetworkDesign { Schools = ["A", "B"], Staff = new RoleCounts(1, 0, 4, 0), Team = new RoleCounts(1, 0, 0, 0) },
            Practices = [new PracticeSpec { Name = "p, with comma" }],
        };
        var list = Enumerable.Range(0, replicates).Select(r => new ReplicateResult(r, (ulong)(r + 1),
            Enumerable.Range(0, ticks + 1).Select(t => Tick(t, adopters(r, t))).ToArray(),
            Enumerable.Repeat(1.0, ticks).ToArray(), TimeSpan.FromSeconds(1))).ToArray();
        return new ScenarioResults(scenario, list, DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(2));
    }

    private static TickMetrics Tick(int tick, int adopters) => new()
    {
        Tick = tick,
        Participants = 10,
        Members = 2,
        Practices = [new PracticeMetrics(adopters, Math.Min(2, adopters), adopters - Math.Min(2, adopters), [0, 0, adopters, 0], 0.5, 0, [adopters / 10.0, adopters / 10.0], 0)],
        MeanTrust = 0.3,
        Ties = 1,
        MeanColleagueTrust = 0.5,
        EngagedFraction = 1,
        MeanEngagement = 0.7,
        DroppedOut = 0,
        BrokeredTies = 0,
        MeanSupport = 0.4,
        MeanOpinion = 0.5,
        OpinionClusters = 1,
        Events = [],
        ActiveMemberKnowledge = [0.5],
    };
}
