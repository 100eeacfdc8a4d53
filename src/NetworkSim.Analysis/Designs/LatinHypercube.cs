using NetworkSim.Analysis.Randomness;

namespace NetworkSim.Analysis.Designs;

/// <summary>
/// Latin hypercube sampling (McKay, Beckman &amp; Conover 1979): each parameter's range is cut into as many equal
/// strata as there are points and every stratum is hit exactly once, with a seeded random order per parameter and a
/// seeded uniform position inside each stratum.
/// </summary>
public static class LatinHypercube
{
    /// <summary><paramref name="points"/> points in [0, 1)^<paramref name="dimensions"/>; row i, column j lies in stratum order_j(i).</summary>
    public static double[][] UnitSample(int points, int dimensions, ulong seed)
    {
        if (points < 1 || dimensions < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(points), "A Latin hypercube needs at least one point and one dimension.");
        }

        var sample = new double[points][];
        for (var i = 0; i < points; i++)
        {
            sample[i] = new double[dimensions];
        }

        for (var j = 0; j < dimensions; j++)
        {
            var strata = Enumerable.Range(0, points).ToArray();
            for (var i = points - 1; i > 0; i--)
            {
                // Fisher–Yates with keyed draws: the order of column j depends only on (seed, j).
                var k = SeededRandom.Below(i + 1, seed, RandomStream.LatinHypercubeOrder, j, i);
                (strata[i], strata[k]) = (strata[k], strata[i]);
            }

            for (var i = 0; i < points; i++)
            {
                var jitter = SeededRandom.Uniform(seed, RandomStream.LatinHypercubeJitter, j, i);
                sample[i][j] = (strata[i] + jitter) / points;
            }
        }

        return sample;
    }

    /// <summary>A Latin hypercube over the given ranges: row i is world i's parameter values, in the ranges' order.</summary>
    public static double[][] Sample(IReadOnlyList<ParameterRange> ranges, int points, ulong seed) =>
        UnitSample(points, ranges.Count, seed).Select(unit => ParameterRange.Scale(ranges, unit)).ToArray();
}
