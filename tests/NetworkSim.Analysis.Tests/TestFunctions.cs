using NetworkSim.Analysis.Designs;

namespace NetworkSim.Analysis.Tests;

/// <summary>Test functions with known sensitivity indices.</summary>
internal static class TestFunctions
{
    public const double IshigamiA = 7;
    public const double IshigamiB = 0.1;

    /// <summary>Ishigami &amp; Homma (1990): sin x1 + a sin² x2 + b x3⁴ sin x1 on [−π, π]³.</summary>
    public static double Ishigami(IReadOnlyList<double> x) =>
        Math.Sin(x[0]) + IshigamiA * Math.Pow(Math.Sin(x[1]), 2) + IshigamiB * Math.Pow(x[2], 4) * Math.Sin(x[0]);

    public static ParameterRange[] IshigamiRanges =>
        [new("x1", -Math.PI, Math.PI), new("x2", -Math.PI, Math.PI), new("x3", -Math.PI, Math.PI)];
}
