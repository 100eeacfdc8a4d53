using System.Reflection;

namespace NetworkSim.Analysis.Designs;

/// <summary>
/// The Sobol' low-discrepancy sequence (Sobol' 1967) with Joe and Kuo's direction numbers (new-joe-kuo-6.21201,
/// first 1,000 dimensions embedded), unscrambled, in Gray-code order (Antonov &amp; Saleev 1979) as scipy's
/// <c>qmc.Sobol(scramble=False)</c> and SALib produce it. Point i is computed directly from i, so any block of the
/// sequence can be generated without the points before it.
/// </summary>
internal sealed class SobolSequence
{
    /// <summary>Bits per coordinate: points 0 .. 2^32 − 1 are exact binary fractions.</summary>
    private const int Bits = 32;

    public const int MaxDimensions = 1000;

    private static readonly Lazy<IReadOnlyList<(int Degree, uint Coefficients, uint[] Initial)>> Table = new(ReadTable);

    private readonly uint[][] _directions;

    public SobolSequence(int dimensions)
    {
        if (dimensions < 1 || dimensions > MaxDimensions)
        {
            throw new ArgumentOutOfRangeException(nameof(dimensions), $"The Sobol' sequence here has 1 to {MaxDimensions} dimensions; {dimensions} were asked for.");
        }

        Dimensions = dimensions;
        _directions = new uint[dimensions][];
        _directions[0] = Enumerable.Range(1, Bits).Select(k => 1u << (Bits - k)).ToArray();
        for (var j = 1; j < dimensions; j++)
        {
            _directions[j] = DirectionNumbers(Table.Value[j - 1]);
        }
    }

    public int Dimensions { get; }

    /// <summary>Point <paramref name="index"/> of the sequence (point 0 is the origin).</summary>
    public double[] Point(long index)
    {
        if (index < 0 || index >= 1L << Bits)
        {
            throw new ArgumentOutOfRangeException(nameof(index), "A Sobol' point index must lie in [0, 2^32).");
        }

        var gray = (ulong)index ^ ((ulong)index >> 1);
        var point = new double[Dimensions];
        for (var j = 0; j < Dimensions; j++)
        {
            uint x = 0;
            for (var k = 0; gray >> k != 0; k++)
            {
                if (((gray >> k) & 1) != 0)
                {
                    x ^= _directions[j][k];
                }
            }

            point[j] = x / 4294967296.0;
        }

        return point;
    }

    /// <summary>v_k = m_k · 2^(32 − k), with m_k for k beyond the initial ones from Bratley and Fox's recurrence.</summary>
    private static uint[] DirectionNumbers((int Degree, uint Coefficients, uint[] Initial) row)
    {
        var s = row.Degree;
        var m = new uint[Bits];
        Array.Copy(row.Initial, m, Math.Min(s, Bits));
        for (var k = s; k < Bits; k++)
        {
            var value = m[k - s] ^ (m[k - s] << s);
            for (var i = 1; i < s; i++)
            {
                if (((row.Coefficients >> (s - 1 - i)) & 1) != 0)
                {
                    value ^= m[k - i] << i;
                }
            }

            m[k] = value;
        }

        return m.Select((mk, k) => mk << (Bits - 1 - k)).ToArray();
    }

    private static IReadOnlyList<(int Degree, uint Coefficients, uint[] Initial)> ReadTable()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("NetworkSim.Analysis.new-joe-kuo-6.1000.txt")
            ?? throw new InvalidOperationException("The embedded Joe–Kuo direction numbers are missing from the assembly.");
        using var reader = new StreamReader(stream);
        var rows = new List<(int, uint, uint[])>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith('d'))
            {
                continue;
            }

            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var initial = fields.Skip(3).Select(f => uint.Parse(f, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            rows.Add((int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), uint.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture), initial));
        }

        return rows;
    }
}
