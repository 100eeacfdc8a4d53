using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Cli.Bench;

/// <summary>
/// A standard workload of <c>networksim bench workloads</c> (issue 18): the threshold cascade on Erdős–Rényi with
/// mean degree 10, φ = 0.18 and 1 % random initial adopters (schools of 100), and the full model on the 1,000-school
/// scenario, at ten times its schools and at 62,500 schools (1,000,000 participants). One replicate, no stopping rule, so every run does all its ticks.
/// </summary>
/// <param name="Name">What it is called on the command line and in <c>bench.json</c>.</param>
/// <param name="Ticks">Ticks measured by default (the first is reported apart, the rest are the steady ticks).</param>
/// <param name="Load">Reads its scenario with <c>--set</c>-style overrides (ticks first).</param>
internal sealed record Workload(string Name, int Ticks, Func<IReadOnlyList<string>, Scenario> Load)
{
    /// <summary>Every workload, smallest first; 1,000,000 participants and the 10× full model take minutes and gigabytes.</summary>
    public static readonly IReadOnlyList<Workload> All =
    [
        Threshold("threshold-10k", 10_000),
        Threshold("threshold-100k", 100_000),
        Threshold("threshold-1m", 1_000_000),
        Shipped("large-network", "large-network.yaml", 20, []),
        Shipped("large-network-10x", "large-network.yaml", 6, ["network.schools=10000"]),
        // The "one million participants in one silo under 8 GiB" for the full model: 62,500 schools of 16.
        Shipped("large-network-1m", "large-network.yaml", 3, ["network.schools=62500"]),
    ];

    public static Workload? Find(string name) => All.FirstOrDefault(w => w.Name == name);

    private static Workload Threshold(string name, int participants) => new(name, 50, overrides =>
    {
        var file = Path.Combine(Path.GetTempPath(), $"networksim-{name}-{Environment.ProcessId}.yaml");
        File.WriteAllText(file, $"""
            name: {name}
            description: Threshold cascade, phi = 0.18, Erdős–Rényi mean degree 10, 1 % random initial adopters, N = {participants}.
            seed: 2002
            replicates: 1
            ticks: 50
            rules: {"{"}kind: threshold, threshold: 0.18{"}"}
            network:
              schools: {participants / 100}
              staff: {"{"}staff: 100{"}"}
              team: {"{"}staff: 100{"}"}
              participant_graph: {"{"}kind: erdos-renyi, mean_degree: 10{"}"}
            practices:
              - name: norm
                start: {"{"}fraction: 0.01{"}"}
            facilitators: {"{"}count: 0{"}"}
            """);
        try
        {
            return ScenarioReader.Load(file, ["replicates=1", .. overrides]);
        }
        finally
        {
            File.Delete(file);
        }
    });

    private static Workload Shipped(string name, string file, int ticks, string[] sets) => new(name, ticks, overrides =>
        ScenarioReader.Load(ScenarioFile(file), ["replicates=1", "stop.unchanged_for=0", .. sets, .. overrides]));

    /// <summary>A shipped scenario, found from the current folder or the program's folder upwards (a checkout's <c>scenarios/</c>).</summary>
    private static string ScenarioFile(string file) =>
        ShippedScenarioFile.Find(file) ?? throw new OutputException($"scenarios/{file}: not found from the current folder or the program's folder; run bench from a NetworkSim checkout.");
}
