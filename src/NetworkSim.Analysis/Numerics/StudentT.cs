namespace NetworkSim.Analysis.Numerics;

/// <summary>Student's t distribution with any positive number of degrees of freedom.</summary>
internal static class StudentT
{
    public static double Cdf(double t, double degreesOfFreedom)
    {
        var x = degreesOfFreedom / (degreesOfFreedom + t * t);
        var tail = 0.5 * SpecialFunctions.RegularizedBeta(x, degreesOfFreedom / 2, 0.5);
        return t >= 0 ? 1 - tail : tail;
    }

    /// <summary>The p-quantile, found by bisection on the distribution function to double precision.</summary>
    public static double Quantile(double p, double degreesOfFreedom)
    {
        if (p <= 0 || p >= 1 || degreesOfFreedom <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(p), "Student's t quantile needs 0 < p < 1 and degrees of freedom > 0.");
        }

        if (p < 0.5)
        {
            return -Quantile(1 - p, degreesOfFreedom);
        }

        double low = 0, high = 1;
        while (Cdf(high, degreesOfFreedom) < p)
        {
            high *= 2;
        }

        for (var i = 0; i < 200 && high - low > 1e-15 * high; i++)
        {
            var middle = 0.5 * (low + high);
            if (Cdf(middle, degreesOfFreedom) < p)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return 0.5 * (low + high);
    }
}
