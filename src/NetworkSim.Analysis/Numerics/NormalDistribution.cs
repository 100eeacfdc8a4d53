namespace NetworkSim.Analysis.Numerics;

/// <summary>The standard normal distribution: density, distribution function and quantile.</summary>
internal static class NormalDistribution
{
    public static double Density(double x) => Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI);

    public static double Cdf(double x) => 0.5 * SpecialFunctions.Erfc(-x / Math.Sqrt(2));

    /// <summary>The quantile function, by Wichura's algorithm AS 241 (PPND16, relative accuracy about 1e-16).</summary>
    public static double Quantile(double p)
    {
        if (p <= 0)
        {
            return double.NegativeInfinity;
        }

        if (p >= 1)
        {
            return double.PositiveInfinity;
        }

        var q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            var r = 0.180625 - q * q;
            return q * (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r
                        + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                        + 133.14166789178437745) * r + 3.387132872796366608)
                / (((((((5226.495278852545925 * r + 28729.085735721942674) * r + 39307.89580009271061) * r
                        + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
                        + 42.313330701600911252) * r + 1.0);
        }

        var tail = Math.Sqrt(-Math.Log(q < 0 ? p : 1 - p));
        double value;
        if (tail <= 5)
        {
            tail -= 1.6;
            value = (((((((7.7454501427834140764e-4 * tail + 0.0227238449892691845833) * tail + 0.24178072517745061177) * tail
                        + 1.27045825245236838258) * tail + 3.64784832476320460504) * tail + 5.7694972214606914055) * tail
                        + 4.6303378461565452959) * tail + 1.42343711074968357734)
                / (((((((1.05075007164441684324e-9 * tail + 5.475938084995344946e-4) * tail + 0.0151986665636164571966) * tail
                        + 0.14810397642748007459) * tail + 0.68976733498510000455) * tail + 1.6763848301838038494) * tail
                        + 2.05319162663775882187) * tail + 1.0);
        }
        else
        {
            tail -= 5;
            value = (((((((2.01033439929228813265e-7 * tail + 2.71155556874348757815e-5) * tail + 0.0012426609473880784386) * tail
                        + 0.026532189526576123093) * tail + 0.29656057182850489123) * tail + 1.7848265399172913358) * tail
                        + 5.4637849111641143699) * tail + 6.6579046435011037772)
                / (((((((2.04426310338993978564e-15 * tail + 1.4215117583164458887e-7) * tail + 1.8463183175100546818e-5) * tail
                        + 7.868691311456132591e-4) * tail + 0.0148753612908506148525) * tail + 0.13692988092273580531) * tail
                        + 0.59983220655588793769) * tail + 1.0);
        }

        return q < 0 ? -value : value;
    }
}
