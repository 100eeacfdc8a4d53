using NetworkSim.Model.Metrics;
using NetworkSim.Model.RuleSets;
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

    private static TickMetrics Tick(int tick, int adopters)
    {
        var totals = new double[MetricCatalog.Width(1)];
        void Set(string name, double value) => totals[MetricCatalog.Offset(name, 0, 1)] = value;
        Set("participants", 10);
        Set("members", 2);
        Set("active_members", 2);
        Set("member_engagement", 1.4);
        Set("cross_trust", 0.6);
        Set("cross_tie_ends", 2);
        Set("colleague_trust", 0.5);
        Set("colleague_tie_ends", 1);
        Set("opinion", 5);
        Set("adopters", adopters);
        Set("member_adopters", Math.Min(2, adopters));
        Set("adopters_teacher", adopters);
        Set("knowledge", 5);
        Set("active_member_knowledge", 1);
        var levels = new double[MetricCatalog.SchoolLevelWidth(1)];
        levels[MetricCatalog.SchoolLevelOffset("mean_support", 0, 1)] = 0.4;
        levels[MetricCatalog.SchoolLevelOffset("opinion_clusters", 0, 1)] = 1;
        return new TickMetrics
        {
            Tick = tick,
            Totals = totals,
            Practices = [new PracticeMetrics([adopters / 10.0, adopters / 10.0])],
            BrokeredTies = 0,
            SchoolLevels = levels,
            Events = [],
            Held = ParticipantRules.For(RuleKind.NetworkedImprovement).Holds,
        };
    }
}
