using NetworkSim.Analysis.Numerics;

namespace NetworkSim.Analysis.Calibration;

/// <summary>
/// A parameter to fit and its prior: uniform over [<see cref="Low"/>, <see cref="High"/>], or normal(μ, σ)
/// truncated to that range. The prior's density is zero outside the range, so no particle ever leaves it.
/// </summary>
public sealed record FittedParameter
{
    private FittedParameter(string name, double low, double high, PriorKind kind, double mu, double sd)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A fitted parameter needs a name.", nameof(name));
        }

        if (!double.IsFinite(low) || !double.IsFinite(high) || !(high > low))
        {
            throw new ArgumentException($"The range of '{name}' must be finite with low < high; it is [{low}, {high}].", nameof(high));
        }

        if (kind == PriorKind.Normal && (!double.IsFinite(mu) || !(sd > 0) || !double.IsFinite(sd)))
        {
            throw new ArgumentException($"The normal prior of '{name}' needs a finite mean and a positive standard deviation; normal:{mu}:{sd} was given.", nameof(sd));
        }

        (Name, Low, High, Kind, Mu, Sd) = (name, low, high, kind, mu, sd);
    }

    public string Name { get; }

    public double Low { get; }

    public double High { get; }

    public PriorKind Kind { get; }

    /// <summary>The normal prior's mean (NaN for a uniform prior).</summary>
    public double Mu { get; }

    /// <summary>The normal prior's standard deviation (NaN for a uniform prior).</summary>
    public double Sd { get; }

    public static FittedParameter Uniform(string name, double low, double high) => new(name, low, high, PriorKind.Uniform, double.NaN, double.NaN);

    public static FittedParameter Normal(string name, double mu, double sd, double low, double high) => new(name, low, high, PriorKind.Normal, mu, sd);

    /// <summary>The prior density at <paramref name="value"/> (0 outside the range).</summary>
    public double Density(double value)
    {
        if (!(value >= Low && value <= High))
        {
            return 0;
        }

        if (Kind == PriorKind.Uniform)
        {
            return 1 / (High - Low);
        }

        var mass = NormalDistribution.Cdf((High - Mu) / Sd) - NormalDistribution.Cdf((Low - Mu) / Sd);
        return NormalDistribution.Density((value - Mu) / Sd) / (Sd * mass);
    }

    /// <summary>The prior's quantile at <paramref name="unit"/> in (0, 1): a prior draw from a uniform one.</summary>
    public double FromUnit(double unit)
    {
        if (Kind == PriorKind.Uniform)
        {
            return Low + unit * (High - Low);
        }

        var (a, b) = (NormalDistribution.Cdf((Low - Mu) / Sd), NormalDistribution.Cdf((High - Mu) / Sd));
        return Math.Clamp(Mu + Sd * NormalDistribution.Quantile(a + unit * (b - a)), Low, High);
    }

    public override string ToString() => Kind == PriorKind.Uniform
        ? FormattableString.Invariant($"{Name} ~ uniform({Low}, {High})")
        : FormattableString.Invariant($"{Name} ~ normal({Mu}, {Sd}) truncated to [{Low}, {High}]");
}
