using System.CommandLine;
using NetworkSim.Model.Network;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Cli.Commands;

/// <summary><c>networksim check</c>: validates a scenario without running it and describes the network it builds.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var options = new ScenarioOptions();
        var command = new Command("check", "Validate a scenario file without running it.");
        options.AddTo(command);
        command.SetAction((result, _) => CommandGuard.RunAsync(() =>
        {
            options.AgentOptions(result);
            var scenario = options.Load(result);
            ResourceCheck.Apply(scenario, options.ScenarioPath(result), Environment.ProcessorCount, result.GetValue(options.Strict));
            var estimate = ResourceEstimate.For(scenario);
            var network = NetworkBuilder.Build(scenario, CounterRandom.ReplicateSeed(scenario.Seed, 0));
            Console.WriteLine($"{scenario.Name}: OK");
            Console.WriteLine($"  {network.SchoolCount:N0} schools, {network.ParticipantCount:N0} participants, {network.InNetwork.Count(m => m):N0} in the network");
            Console.WriteLine($"  {network.SchoolNeighbours.Sum(n => n.Length) / 2:N0} ties between schools, {network.TieCount:N0} ties between participants (replicate 0)");
            if (scenario.Network.ParticipantGraph.Imported is { } imported)
            {
                Describe(imported, network);
            }

            Console.WriteLine($"  {scenario.Practices.Count} practice(s): {string.Join(", ", scenario.Practices.Select(p => p.Name))}");
            Console.WriteLine($"  {scenario.Ticks} ticks x {scenario.Replicates} replicates, seed {scenario.Seed}");
            var concurrent = Math.Min(Environment.ProcessorCount, scenario.Replicates);
            Console.WriteLine($"  estimated: about {estimate.PeakBytes(concurrent) / 1048576.0:N0} MiB at the peak with {concurrent} replicate(s) at once " +
                $"({estimate.BytesPerReplicate / 1048576.0:N0} MiB each), about {ResourceGuard.Duration(estimate.Seconds)} on 2 cores");
            return Task.FromResult(0);
        }));
        return command;
    }

    /// <summary>What was read from a network file, in the figures networkx gives for the same graph (<c>average_clustering</c>, <c>number_connected_components</c>).</summary>
    private static void Describe(ImportedNetwork imported, BuiltNetwork network)
    {
        var statistics = GraphStatistics.Of(network);
        var degrees = Enumerable.Range(0, network.ParticipantCount).Select(network.Degree).Order().ToArray();
        var median = degrees.Length == 0 ? 0 : degrees.Length % 2 == 1 ? degrees[degrees.Length / 2] : (degrees[degrees.Length / 2 - 1] + degrees[degrees.Length / 2]) / 2.0;
        Console.WriteLine($"  read from {imported.File}: {statistics.Nodes:N0} participants, {statistics.Edges:N0} ties, {network.SchoolCount:N0} school(s) ({imported.SchoolsFrom})");
        Console.WriteLine(FormattableString.Invariant(
            $"  {statistics.Components:N0} component(s) (largest {statistics.LargestComponent:N0}); degree min {(degrees.Length == 0 ? 0 : degrees[0])}, median {median:0.####}, mean {statistics.MeanDegree:0.####}, max {statistics.MaxDegree}; mean clustering {statistics.Clustering:0.####}"));
    }
}
