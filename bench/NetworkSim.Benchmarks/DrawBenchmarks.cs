using BenchmarkDotNet.Attributes;
using NetworkSim.Model.Randomness;

namespace NetworkSim.Benchmarks;

/// <summary>
/// The counter-based draws every rule makes: a pure function of (seed, purpose, entity, other, tick), so their cost
/// is paid on every draw instead of once per stream. Per draw (1,000 entities per invocation).
/// </summary>
[MemoryDiagnoser]
public class DrawBenchmarks
{
    private const int Entities = 1_000;
    private const ulong Seed = 0x5EED;

    [Benchmark(OperationsPerInvoke = Entities)]
    public double Uniform()
    {
        double sum = 0;
        for (var i = 0; i < Entities; i++)
        {
            sum += CounterRandom.Uniform(Seed, Purpose.Threshold, i, 0, 17);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Entities)]
    public double Normal()
    {
        double sum = 0;
        for (var i = 0; i < Entities; i++)
        {
            sum += CounterRandom.Normal(Seed, Purpose.Threshold, i, 0, 17);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Entities)]
    public double PairUniform()
    {
        double sum = 0;
        for (var i = 0; i < Entities; i++)
        {
            sum += CounterRandom.PairUniform(Seed, Purpose.ExchangeFailure, i, Entities - i, 17);
        }

        return sum;
    }
}
