using BenchmarkDotNet.Attributes;
using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;

namespace NetworkSim.Benchmarks;

/// <summary>
/// The model's own cost without Orleans, through the sequential reference <see cref="Simulation"/> (the ceiling the
/// grains are measured against): building a replicate's network, one whole replicate of the workshop demo (what a
/// sweep repeats), and one tick of the full model on the large network's first 100 schools.
/// </summary>
[MemoryDiagnoser]
public class ReferenceTickBenchmarks
{
    private Model.Scenarios.Scenario _threshold = null!;
    private Model.Scenarios.Scenario _demo = null!;
    private RunModel _large = null!;
    private Simulation _simulation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _threshold = ShippedScenario.Load("classic/threshold.yaml", "replicates=1");
        _demo = ShippedScenario.Load("workshop-demo.yaml", "replicates=1");
        _large = ShippedScenario.Model(ShippedScenario.Load("large-network.yaml", "replicates=1", "network.schools=100", "stop.unchanged_for=0"));
    }

    /// <summary>Network, roles, expertise and initial adopters of the 10,000-participant threshold scenario.</summary>
    [Benchmark]
    public RunModel BuildThresholdNetwork() => ShippedScenario.Model(_threshold);

    /// <summary>A replicate's fixed cost in a warm process: the threshold scenario's network and every school's state at tick 0.</summary>
    [Benchmark]
    public int StartThresholdReplicate() => new Simulation(ShippedScenario.Model(_threshold)).Schools.Count;

    /// <summary>One replicate of the workshop demo, from its network to its last tick.</summary>
    [Benchmark]
    public int WorkshopDemoReplicate() => Simulation.RunReplicate(_demo, 0).Count;

    [IterationSetup(Target = nameof(LargeNetworkTick))]
    public void FreshLargeNetwork()
    {
        _simulation = new Simulation(_large);
        for (var t = 0; t < 5; t++)
        {
            _simulation.Step();
        }
    }

    /// <summary>Tick 6 of the full model over 1,600 participants in 100 schools (every participant steps every tick).</summary>
    [Benchmark]
    public double LargeNetworkTick() => _simulation.Step().Value("adopters", 0);
}
