namespace NetworkSim.Runner.Sweeps;

/// <summary>
/// Standardised regression coefficients (SRC): the least-squares slopes of the outcome on the swept parameters,
/// all scaled to mean 0 and standard deviation 1, so each coefficient is the change in the outcome, in its standard
/// deviations, per standard deviation of the parameter. With R² near 1 they rank the parameters' effects; a low
/// R² means interactions or non-linearity the ranking does not capture (Saltelli et al., Global Sensitivity Analysis, 2008, ch. 1.2).
/// </summary>
internal static class StandardisedRegression
{
    /// <summary>The coefficient per parameter and R²; a parameter that never varies gets 0.</summary>
    public static (double[] Coefficients, double RSquared) Fit(IReadOnlyList<double[]> parameters, IReadOnlyList<double> outcome)
    {
        var n = outcome.Count;
        var y = Standardise(outcome.ToArray());
        var columns = parameters.Select(Standardise).ToArray();
        var k = columns.Length;
        var xtx = new double[k, k + 1];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                xtx[a, b] = Dot(columns[a], columns[b]);
            }

            xtx[a, k] = Dot(columns[a], y);
            xtx[a, a] += 1e-9 * n; // keeps a constant or duplicated column from making the system singular
        }

        var beta = Solve(xtx, k);
        var residual = 0.0;
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var fitted = 0.0;
            for (var a = 0; a < k; a++)
            {
                fitted += beta[a] * columns[a][i];
            }

            residual += (y[i] - fitted) * (y[i] - fitted);
            total += y[i] * y[i];
        }

        return (beta, total == 0 ? 0 : 1 - residual / total);
    }

    private static double[] Standardise(double[] values)
    {
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Length - 1));
        return values.Select(v => sd == 0 ? 0 : (v - mean) / sd).ToArray();
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>Gaussian elimination with partial pivoting on an augmented k x (k+1) matrix.</summary>
    private static double[] Solve(double[,] m, int k)
    {
        for (var c = 0; c < k; c++)
        {
            var pivot = Enumerable.Range(c, k - c).MaxBy(r => Math.Abs(m[r, c]));
            for (var j = 0; j <= k; j++)
            {
                (m[c, j], m[pivot, j]) = (m[pivot, j], m[c, j]);
            }

            for (var r = 0; r < k; r++)
            {
                if (r == c || m[c, c] == 0)
                {
                    continue;
                }

                var f = m[r, c] / m[c, c];
                for (var j = c; j <= k; j++)
                {
                    m[r, j] -= f * m[c, j];
                }
            }
        }

        return Enumerable.Range(0, k).Select(c => m[c, c] == 0 ? 0 : m[c, k] / m[c, c]).ToArray();
    }
}
