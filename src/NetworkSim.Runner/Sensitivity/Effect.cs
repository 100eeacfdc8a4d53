namespace NetworkSim.Runner.Sensitivity;

/// <summary>A paired mean difference and its 95 % bootstrap interval.</summary>
public sealed record Effect(double Mean, double Low, double High)
{
    public static readonly Effect None = new(double.NaN, double.NaN, double.NaN);

    public bool Excludes0 => Low > 0 || High < 0;
}
