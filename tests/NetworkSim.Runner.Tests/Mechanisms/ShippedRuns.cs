using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Tests.Mechanisms;

/// <summary>Replicates of shipped scenarios on the in-process reference engine (which the grains match byte for byte).</summary>
internal static class ShippedRuns
{
    public const string Demo = "scenarios/workshop-demo.yaml";
    public const string DesignA = "scenarios/designs/twelve-diverse-one-facilitator.yaml";

    public static Scenario Load(string path, params string[] sets) => ScenarioReader.Load(Path.Combine(RepositoryRoot.Path, path), sets);

    public static IReadOnlyList<TickMetrics>[] Runs(Scenario scenario, int replicates) =>
        Enumerable.Range(0, replicates).AsParallel().AsOrdered()
            .Select(r => Simulation.Run(scenario, CounterRandom.ReplicateSeed(scenario.Seed, r))).ToArray();

    /// <summary>Each participant's state after every tick of replicate <paramref name="replicate"/> (tick 0 first).</summary>
    public static IEnumerable<ParticipantState[]> States(Scenario scenario, int replicate)
    {
        var simulation = new Simulation(new RunModel(scenario, CounterRandom.ReplicateSeed(scenario.Seed, replicate)));
        yield return simulation.Schools.SelectMany(s => s.Participants).ToArray();
        while (!simulation.Finished)
        {
            simulation.Step();
            yield return simulation.Schools.SelectMany(s => s.Participants).ToArray();
        }
    }

    /// <summary>The paired mean difference (b minus a) of an outcome and its 95 % interval.</summary>
    public static (double Mean, double Low, double High) Paired(IReadOnlyList<TickMetrics>[] a, IReadOnlyList<TickMetrics>[] b, Func<IReadOnlyList<TickMetrics>, double> outcome)
    {
        var differences = a.Zip(b, (x, y) => outcome(y) - outcome(x)).ToArray();
        var (low, high) = Statistics.BootstrapMeanInterval(differences);
        return (Statistics.Mean(differences), low, high);
    }

    public static double MemberAdoption(TickMetrics tick) => tick.Total("member_adopters") / tick.Members;

    public static double BackHome(TickMetrics tick) => tick.Value("adopters_back_home") / (tick.Participants - tick.Members);
}
