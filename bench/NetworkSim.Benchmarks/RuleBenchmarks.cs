using BenchmarkDotNet.Attributes;
using NetworkSim.Model.RuleSets.Improvement;
using NetworkSim.Model.RuleSets.Classic;

namespace NetworkSim.Benchmarks;

/// <summary>The closed-form rules a participant evaluates per contact and tick; per evaluation (1,000 per invocation).</summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private const int Evaluations = 1_000;

    [Benchmark(OperationsPerInvoke = Evaluations)]
    public int ThresholdAdopts()
    {
        var adopted = 0;
        for (var i = 0; i < Evaluations; i++)
        {
            adopted += ThresholdRule.Adopts(i % 7, 10 + (i % 5), ThresholdRule.ThresholdOf(0.18, 0.05, (i % 100) / 100.0), 0) ? 1 : 0;
        }

        return adopted;
    }

    [Benchmark(OperationsPerInvoke = Evaluations)]
    public double PeerExchangeGain()
    {
        double sum = 0;
        for (var i = 0; i < Evaluations; i++)
        {
            sum += PeerExchangeRule.Gain(0.2, (i % 10) / 10.0, 0.6, (i % 13) / 13.0, (i % 11) / 11.0);
        }

        return sum;
    }
}
