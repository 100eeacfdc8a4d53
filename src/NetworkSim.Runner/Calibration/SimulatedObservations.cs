using NetworkSim.Model.Metrics;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// What the observer would have recorded of a simulated run: each observed share read at its tick (the last tick's
/// value where a run stopped early because nothing changed), and, where the observation is a survey of n people
/// (or schools), the share among n drawn without replacement from those the share counts, as a survey draws them.
/// </summary>
internal static class SimulatedObservations
{
    /// <param name="ticks">The run's metrics from tick 0.</param>
    /// <param name="seed">The run's seed: the survey draws are a pure function of it and the observation's index.</param>
    public static double[] Of(IReadOnlyList<TickMetrics> ticks, ObservedData observed, NetworkDesign network, ulong seed)
    {
        var values = new double[observed.Points.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var point = observed.Points[i];
            var share = point.Column.Simulated(ticks[Math.Min(point.Tick, ticks.Count - 1)], point.Practice, point.School);
            values[i] = point.SampleSize == 0 ? share : Survey(share, point.Column.Population(network, point.School), point.SampleSize, seed, i);
        }

        return values;
    }

    /// <summary>The share practising among n of a population, drawn without replacement (a hypergeometric draw, one person at a time).</summary>
    public static double Survey(double share, long population, int n, ulong seed, int observation)
    {
        var left = population;
        var practising = (long)Math.Round(share * population);
        var found = 0;
        for (var i = 0; i < n && left > 0; i++)
        {
            if (CounterRandom.Uniform(seed, Purpose.Survey, observation, i) * left < practising)
            {
                found++;
                practising--;
            }

            left--;
        }

        return (double)found / n;
    }
}
