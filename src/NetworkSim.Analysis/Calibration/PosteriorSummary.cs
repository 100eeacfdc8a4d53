using System.Globalization;
using NetworkSim.Analysis.Intervals;
using NetworkSim.Analysis.Numerics;

namespace NetworkSim.Analysis.Calibration;

/// <summary>
/// Summaries of a weighted population: each parameter's posterior, the effective sample size (Σw)² / Σw² (Kish),
/// the weighted correlation matrix, and a plain-words note for every pair whose |r| exceeds
/// <see cref="IdentifiabilityThreshold"/>.
/// </summary>
public sealed record PosteriorSummary(
    IReadOnlyList<ParameterPosterior> Parameters,
    double EffectiveSampleSize,
    IReadOnlyList<IReadOnlyList<double>> Correlation,
    IReadOnlyList<string> IdentifiabilityNotes)
{
    public const double IdentifiabilityThreshold = 0.8;

    public static PosteriorSummary Of(IReadOnlyList<FittedParameter> parameters, IReadOnlyList<Particle> population)
    {
        if (population.Count == 0)
        {
            throw new ArgumentException("A posterior needs at least one particle; no generation has completed yet.", nameof(population));
        }

        var k = parameters.Count;
        var total = population.Sum(p => p.Weight);
        var weights = population.Select(p => p.Weight / total).ToArray();
        var columns = Enumerable.Range(0, k).Select(i => population.Select(p => p.Parameters[i]).ToArray()).ToArray();
        var means = columns.Select(c => c.Select((v, j) => v * weights[j]).Sum()).ToArray();
        var covariance = new double[k, k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                covariance[a, b] = columns[a].Select((v, j) => weights[j] * (v - means[a]) * (columns[b][j] - means[b])).Sum();
            }
        }

        var posteriors = parameters.Select((p, i) => new ParameterPosterior(
            p.Name,
            means[i],
            Quantiles.Weighted(columns[i], weights, 0.5),
            Math.Sqrt(covariance[i, i]),
            new Interval(Quantiles.Weighted(columns[i], weights, 0.025), Quantiles.Weighted(columns[i], weights, 0.975)))).ToArray();

        var correlation = Enumerable.Range(0, k).Select(a => (IReadOnlyList<double>)Enumerable.Range(0, k).Select(b =>
            a == b ? 1.0 : covariance[a, a] > 0 && covariance[b, b] > 0 ? covariance[a, b] / Math.Sqrt(covariance[a, a] * covariance[b, b]) : 0.0).ToArray()).ToArray();

        var notes = new List<string>();
        for (var a = 0; a < k; a++)
        {
            for (var b = a + 1; b < k; b++)
            {
                var r = correlation[a][b];
                if (Math.Abs(r) > IdentifiabilityThreshold)
                {
                    notes.Add(Note(parameters[a].Name, parameters[b].Name, r));
                }
            }
        }

        return new PosteriorSummary(posteriors, 1 / weights.Sum(w => w * w), correlation, notes);
    }

    private static string Note(string a, string b, double r)
    {
        var tradeOff = r < 0 ? $"a higher {a} with a lower {b} fits about as well" : "raising both together fits about as well";
        return string.Create(CultureInfo.InvariantCulture, $"{a} and {b} are not separately identifiable from these data (posterior correlation {r:0.00}): {tradeOff}, so the data fix a combination of the two rather than each; read their intervals together.");
    }
}
