using NetworkSim.Analysis.Designs;
using NetworkSim.Analysis.Intervals;
using NetworkSim.Analysis.Numerics;
using NetworkSim.Analysis.Randomness;

namespace NetworkSim.Analysis.Sensitivity;

/// <summary>
/// First-order and total Sobol' indices from a <see cref="SaltelliDesign"/>'s outputs: S1_i by Saltelli et al.'s
/// (2010) estimator (1/N) Σ f(B)_j (f(A_B^i)_j − f(A)_j) / V, ST_i by Jansen's (1999) (1/2N) Σ (f(A)_j − f(A_B^i)_j)² / V,
/// V the variance of f over A and B together; intervals by bootstrapping the N rows.
/// </summary>
public static class SobolAnalysis
{
    public const int DefaultResamples = 1_000;

    /// <summary>The indices of every parameter, in the design's order; <paramref name="outputs"/>[run] is the output at <see cref="SaltelliDesign.Run"/>(run).</summary>
    public static IReadOnlyList<SobolIndices> Analyse(SaltelliDesign design, IReadOnlyList<double> outputs, ulong seed, int resamples = DefaultResamples)
    {
        if (outputs.Count != design.RunCount)
        {
            throw new ArgumentException($"A Sobol' analysis needs one output per run ({design.RunCount}); {outputs.Count} were given.", nameof(outputs));
        }

        var n = design.BaseSamples;
        var k = design.Ranges.Count;
        var a = new double[n];
        var b = new double[n];
        var ab = Enumerable.Range(0, k).Select(_ => new double[n]).ToArray();
        for (var j = 0; j < n; j++)
        {
            var row = j * design.RunsPerRow;
            a[j] = outputs[row];
            b[j] = outputs[row + k + 1];
            for (var i = 0; i < k; i++)
            {
                ab[i][j] = outputs[row + 1 + i];
            }
        }

        var identity = Enumerable.Range(0, n).ToArray();
        var resampleRows = Enumerable.Range(0, resamples)
            .Select(r => Enumerable.Range(0, n).Select(j => SeededRandom.Below(n, seed, RandomStream.Bootstrap, r, j)).ToArray())
            .ToArray();
        var result = new SobolIndices[k];
        for (var i = 0; i < k; i++)
        {
            var (first, total) = Estimate(a, b, ab[i], identity);
            var firsts = new double[resamples];
            var totals = new double[resamples];
            for (var r = 0; r < resamples; r++)
            {
                (firsts[r], totals[r]) = Estimate(a, b, ab[i], resampleRows[r]);
            }

            Array.Sort(firsts);
            Array.Sort(totals);
            result[i] = new SobolIndices(
                design.Ranges[i].Name,
                first,
                new Interval(Quantiles.OfSorted(firsts, 0.025), Quantiles.OfSorted(firsts, 0.975)),
                total,
                new Interval(Quantiles.OfSorted(totals, 0.025), Quantiles.OfSorted(totals, 0.975)));
        }

        return result;
    }

    /// <summary>S1 and ST of one parameter over the rows <paramref name="rows"/> (all rows, or a bootstrap resample).</summary>
    private static (double First, double Total) Estimate(double[] a, double[] b, double[] ab, int[] rows)
    {
        var n = rows.Length;
        double sum = 0, squares = 0, first = 0, total = 0;
        foreach (var j in rows)
        {
            sum += a[j] + b[j];
            first += b[j] * (ab[j] - a[j]);
            var d = a[j] - ab[j];
            total += d * d;
        }

        var mean = sum / (2 * n);
        foreach (var j in rows)
        {
            squares += (a[j] - mean) * (a[j] - mean) + (b[j] - mean) * (b[j] - mean);
        }

        var variance = squares / (2 * n);
        return variance == 0 ? (0, 0) : (first / n / variance, total / (2 * n) / variance);
    }
}
