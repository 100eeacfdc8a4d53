namespace NetworkSim.Analysis.Numerics;

/// <summary>The log-gamma function and the regularised incomplete gamma and beta functions, to double precision.</summary>
/// <remarks>
/// Lanczos' approximation (g = 7, nine terms) for log Γ; series and Lentz continued fractions for the incomplete
/// functions (Press et al., Numerical Recipes, 3rd ed., §6.1–6.4). Enough for the normal and Student-t tails used by
/// the intervals; nothing here is on a hot path.
/// </remarks>
internal static class SpecialFunctions
{
    private const double Epsilon = 1e-16;
    private const double Tiny = 1e-300;
    private const int MaxIterations = 500;

    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    public static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            // Reflection: Γ(x) Γ(1 − x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }

        var t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }

    /// <summary>Q(a, x) = Γ(a, x) / Γ(a), the upper regularised incomplete gamma function.</summary>
    public static double UpperRegularizedGamma(double a, double x)
    {
        if (x <= 0)
        {
            return 1;
        }

        var front = Math.Exp(-x + a * Math.Log(x) - LogGamma(a));
        if (x < a + 1)
        {
            // Series for P(a, x), then Q = 1 − P.
            double term = 1 / a, sum = term;
            for (var n = 1; n < MaxIterations && Math.Abs(term) > Math.Abs(sum) * Epsilon; n++)
            {
                term *= x / (a + n);
                sum += term;
            }

            return 1 - sum * front;
        }

        // Continued fraction for Q(a, x) (modified Lentz).
        double b = x + 1 - a, c = 1 / Tiny, d = 1 / b, h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            b += 2;
            var delta = LentzStep(-i * (i - a), b, ref c, ref d);
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }

        return front * h;
    }

    /// <summary>erfc(x), the complementary error function.</summary>
    public static double Erfc(double x) =>
        x >= 0 ? UpperRegularizedGamma(0.5, x * x) : 2 - UpperRegularizedGamma(0.5, x * x);

    /// <summary>I_x(a, b), the regularised incomplete beta function.</summary>
    public static double RegularizedBeta(double x, double a, double b)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x));
        return x < (a + 1) / (a + b + 2)
            ? front * BetaFraction(x, a, b) / a
            : 1 - front * BetaFraction(1 - x, b, a) / b;
    }

    /// <summary>One step of the modified Lentz method for a continued fraction term an / (bn + …); returns the factor of the estimate.</summary>
    private static double LentzStep(double an, double bn, ref double c, ref double d)
    {
        d = an * d + bn;
        d = Math.Abs(d) < Tiny ? Tiny : d;
        c = bn + an / c;
        c = Math.Abs(c) < Tiny ? Tiny : c;
        d = 1 / d;
        return d * c;
    }

    private static double BetaFraction(double x, double a, double b)
    {
        double qab = a + b, qap = a + 1, qam = a - 1, c = 1, d = 1 - qab * x / qap;
        d = Math.Abs(d) < Tiny ? Tiny : d;
        d = 1 / d;
        var h = d;
        for (var m = 1; m < MaxIterations; m++)
        {
            var m2 = 2 * m;
            h *= LentzStep(m * (b - m) * x / ((qam + m2) * (a + m2)), 1, ref c, ref d);
            var delta = LentzStep(-(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)), 1, ref c, ref d);
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }

        return h;
    }
}
