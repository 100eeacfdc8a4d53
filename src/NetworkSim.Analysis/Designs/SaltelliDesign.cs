namespace NetworkSim.Analysis.Designs;

/// <summary>
/// Saltelli's (2010) sampling for first-order and total Sobol' indices: two base matrices A and B of N points each
/// and, for every parameter i, the matrix A_B^i (A with column i taken from B); N(k + 2) runs in all.
/// </summary>
/// <remarks>
/// A and B are the first and last k coordinates of points N .. 2N − 1 of a 2k-dimensional Sobol' sequence with
/// Joe–Kuo direction numbers (<see cref="SobolSequence"/>). N must be a power of two: a block of 2^m consecutive
/// Sobol' points is a (t, m, 2k)-net, the property that makes the estimates converge faster than random points; the
/// first block (which starts at the origin) is skipped, as SALib does. Runs are laid out row by row as SALib does
/// without second-order indices: A_j, A_B^1_j, …, A_B^k_j, B_j.
/// </remarks>
public sealed class SaltelliDesign
{
    private SaltelliDesign(IReadOnlyList<ParameterRange> ranges, int baseSamples, double[][] a, double[][] b)
    {
        Ranges = ranges;
        BaseSamples = baseSamples;
        UnitA = a;
        UnitB = b;
    }

    public IReadOnlyList<ParameterRange> Ranges { get; }

    /// <summary>N, the number of rows of A and of B.</summary>
    public int BaseSamples { get; }

    /// <summary>Runs per row of the design: k + 2.</summary>
    public int RunsPerRow => Ranges.Count + 2;

    /// <summary>N(k + 2), the number of model evaluations the design asks for.</summary>
    public int RunCount => BaseSamples * RunsPerRow;

    internal double[][] UnitA { get; }

    internal double[][] UnitB { get; }

    /// <summary>Builds the design for <paramref name="ranges"/> with N = <paramref name="baseSamples"/> (a power of two, at least 2).</summary>
    public static SaltelliDesign Create(IReadOnlyList<ParameterRange> ranges, int baseSamples)
    {
        if (ranges.Count < 1 || 2 * ranges.Count > SobolSequence.MaxDimensions)
        {
            throw new ArgumentOutOfRangeException(nameof(ranges), $"Saltelli sampling here takes 1 to {SobolSequence.MaxDimensions / 2} parameters; {ranges.Count} were given.");
        }

        if (baseSamples < 2 || (baseSamples & (baseSamples - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(baseSamples), $"Saltelli sampling needs a base sample size that is a power of two (2, 4, …, 1024, …); {baseSamples} was given.");
        }

        var k = ranges.Count;
        var sobol = new SobolSequence(2 * k);
        var a = new double[baseSamples][];
        var b = new double[baseSamples][];
        for (var j = 0; j < baseSamples; j++)
        {
            var point = sobol.Point(baseSamples + j);
            a[j] = point[..k];
            b[j] = point[k..];
        }

        return new SaltelliDesign(ranges, baseSamples, a, b);
    }

    /// <summary>Run <paramref name="run"/>'s parameter values (0 ≤ run &lt; <see cref="RunCount"/>), in the ranges' order.</summary>
    public double[] Run(int run)
    {
        var row = run / RunsPerRow;
        var slot = run % RunsPerRow;
        var k = Ranges.Count;
        double[] unit;
        if (slot == 0)
        {
            unit = UnitA[row];
        }
        else if (slot == k + 1)
        {
            unit = UnitB[row];
        }
        else
        {
            unit = (double[])UnitA[row].Clone();
            unit[slot - 1] = UnitB[row][slot - 1];
        }

        return ParameterRange.Scale(Ranges, unit);
    }

    /// <summary>Every run's parameter values, in run order.</summary>
    public IReadOnlyList<double[]> Runs() => Enumerable.Range(0, RunCount).Select(Run).ToArray();
}
