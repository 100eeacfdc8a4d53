namespace NetworkSim.Analysis.Calibration;

/// <summary>
/// The multivariate normal perturbation kernel of Beaumont et al. (2009) and Filippi et al. (2013): covariance
/// twice the weighted covariance of the previous population, so that it shrinks as the population concentrates.
/// </summary>
internal sealed class PerturbationKernel
{
    private readonly double[,] _cholesky;
    private readonly int _k;

    public PerturbationKernel(IReadOnlyList<Particle> population, IReadOnlyList<FittedParameter> parameters)
    {
        _k = parameters.Count;
        var mean = new double[_k];
        foreach (var p in population)
        {
            for (var i = 0; i < _k; i++)
            {
                mean[i] += p.Weight * p.Parameters[i];
            }
        }

        var covariance = new double[_k, _k];
        foreach (var p in population)
        {
            for (var i = 0; i < _k; i++)
            {
                for (var j = 0; j <= i; j++)
                {
                    covariance[i, j] += 2 * p.Weight * (p.Parameters[i] - mean[i]) * (p.Parameters[j] - mean[j]);
                }
            }
        }

        // A population collapsed onto one value in some direction would give a singular kernel: keep a floor of
        // 1e-9 of each range's squared width on the diagonal.
        for (var i = 0; i < _k; i++)
        {
            var width = parameters[i].High - parameters[i].Low;
            covariance[i, i] += 1e-9 * width * width;
        }

        _cholesky = Cholesky(covariance, _k);
    }

    /// <summary>centre + L z for standard normal z.</summary>
    public double[] Perturb(IReadOnlyList<double> centre, IReadOnlyList<double> z)
    {
        var result = new double[_k];
        for (var i = 0; i < _k; i++)
        {
            var sum = centre[i];
            for (var j = 0; j <= i; j++)
            {
                sum += _cholesky[i, j] * z[j];
            }

            result[i] = sum;
        }

        return result;
    }

    /// <summary>The kernel density of moving from <paramref name="from"/> to <paramref name="to"/>, up to a constant shared by every pair.</summary>
    public double RelativeDensity(IReadOnlyList<double> from, IReadOnlyList<double> to)
    {
        // Solve L y = (to − from) by forward substitution; the density is exp(−|y|² / 2).
        Span<double> y = stackalloc double[_k];
        double squares = 0;
        for (var i = 0; i < _k; i++)
        {
            var sum = to[i] - from[i];
            for (var j = 0; j < i; j++)
            {
                sum -= _cholesky[i, j] * y[j];
            }

            y[i] = sum / _cholesky[i, i];
            squares += y[i] * y[i];
        }

        return Math.Exp(-0.5 * squares);
    }

    private static double[,] Cholesky(double[,] a, int k)
    {
        var l = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i, j];
                for (var m = 0; m < j; m++)
                {
                    sum -= l[i, m] * l[j, m];
                }

                l[i, j] = i == j ? Math.Sqrt(Math.Max(sum, a[i, i] * 1e-12)) : sum / l[j, j];
            }
        }

        return l;
    }
}
