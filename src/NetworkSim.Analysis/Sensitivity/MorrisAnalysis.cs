using NetworkSim.Analysis.Designs;
using NetworkSim.Analysis.Intervals;
using NetworkSim.Analysis.Numerics;
using NetworkSim.Analysis.Randomness;

namespace NetworkSim.Analysis.Sensitivity;

/// <summary>Morris elementary effects (Morris 1991) and their summaries μ, μ*, σ (Campolongo et al. 2007) from a <see cref="MorrisDesign"/>'s outputs.</summary>
public static class MorrisAnalysis
{
    public const int DefaultResamples = 1_000;

    /// <summary>
    /// The measures of every parameter, in the design's order; <paramref name="outputs"/>[run] is the model's output
    /// at <see cref="MorrisDesign.Run"/>(run).
    /// </summary>
    public static IReadOnlyList<MorrisIndices> Analyse(MorrisDesign design, IReadOnlyList<double> outputs, ulong seed, int resamples = DefaultResamples)
    {
        if (outputs.Count != design.RunCount)
        {
            throw new ArgumentException($"A Morris analysis needs one output per run ({design.RunCount}); {outputs.Count} were given.", nameof(outputs));
        }

        var effects = ElementaryEffects(design, outputs);
        return design.Ranges.Select((range, i) => Summarise(range.Name, effects[i], seed, i, resamples)).ToArray();
    }

    /// <summary>Elementary effects per parameter: effects[i][t] from trajectory t.</summary>
    internal static double[][] ElementaryEffects(MorrisDesign design, IReadOnlyList<double> outputs)
    {
        var k = design.Ranges.Count;
        var effects = Enumerable.Range(0, k).Select(_ => new double[design.Trajectories.Count]).ToArray();
        for (var t = 0; t < design.Trajectories.Count; t++)
        {
            var trajectory = design.Trajectories[t];
            var offset = t * (k + 1);
            for (var s = 0; s < k; s++)
            {
                var i = trajectory.Changed[s];
                var step = trajectory.Points[s + 1][i] - trajectory.Points[s][i];
                effects[i][t] = (outputs[offset + s + 1] - outputs[offset + s]) / step;
            }
        }

        return effects;
    }

    private static MorrisIndices Summarise(string name, double[] effects, ulong seed, int parameter, int resamples)
    {
        var r = effects.Length;
        var mu = effects.Average();
        var absolute = effects.Select(Math.Abs).ToArray();
        var muStar = absolute.Average();
        var sigma = r < 2 ? 0 : Math.Sqrt(effects.Sum(e => (e - mu) * (e - mu)) / (r - 1));
        var resampled = new double[resamples];
        for (var b = 0; b < resamples; b++)
        {
            double sum = 0;
            for (var t = 0; t < r; t++)
            {
                sum += absolute[SeededRandom.Below(r, seed, RandomStream.Bootstrap, parameter, b, t)];
            }

            resampled[b] = sum / r;
        }

        Array.Sort(resampled);
        var interval = new Interval(Quantiles.OfSorted(resampled, 0.025), Quantiles.OfSorted(resampled, 0.975));
        return new MorrisIndices(name, mu, muStar, sigma, interval, r);
    }
}
