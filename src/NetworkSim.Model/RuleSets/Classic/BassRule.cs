namespace NetworkSim.Model.RuleSets.Classic;

/// <summary>Bass (1969), discrete time, mean field: a non-adopter adopts with probability p + q F, F the share who have adopted.</summary>
public static class BassRule
{
    public static double Probability(double p, double q, double adoptedFraction) => Math.Clamp(p + q * adoptedFraction, 0, 1);

    /// <summary>The expected adoption path: F(t + 1) = F(t) + (p + q F(t)) (1 - F(t)), from F(0).</summary>
    public static double[] Recursion(double p, double q, double start, int ticks)
    {
        var f = new double[ticks + 1];
        f[0] = start;
        for (var t = 0; t < ticks; t++)
        {
            f[t + 1] = f[t] + (p + q * f[t]) * (1 - f[t]);
        }

        return f;
    }

    /// <summary>The continuous closed form F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t}).</summary>
    public static double ClosedForm(double p, double q, double t)
    {
        var e = Math.Exp(-(p + q) * t);
        return (1 - e) / (1 + q / p * e);
    }

    /// <summary>The time of peak adoption rate of the closed form, ln(q/p) / (p + q).</summary>
    public static double PeakTime(double p, double q) => Math.Log(q / p) / (p + q);
}
