using NetworkSim.Model.Randomness;
using static NetworkSim.Runner.Output.CsvFormat;

namespace NetworkSim.Runner.Sweeps;

/// <summary>
/// Turns swept parameters into points; pure and model-free. Sampled designs draw from counter-based random numbers
/// keyed on the sweep seed, so the same file always gives the same points.
/// </summary>
internal static class DesignExpansion
{
    /// <summary>Every combination, the first parameter varying slowest.</summary>
    public static IReadOnlyList<SweepPoint> Grid(IReadOnlyList<SweepParameter> parameters)
    {
        var points = new List<SweepPoint>();
        var total = parameters.Aggregate(1L, (n, p) => n * p.Values.Count);
        for (long i = 0; i < total; i++)
        {
            var values = new string[parameters.Count];
            var rest = i;
            for (var j = parameters.Count - 1; j >= 0; j--)
            {
                var count = parameters[j].Values.Count;
                values[j] = parameters[j].Values[(int)(rest % count)];
                rest /= count;
            }

            points.Add(new SweepPoint(points.Count, values));
        }

        return points;
    }

    /// <summary>The centre, then for each parameter in turn each of its other values, the rest held at the centre.</summary>
    public static IReadOnlyList<SweepPoint> OneAtATime(IReadOnlyList<SweepParameter> parameters, IReadOnlyList<string> centre)
    {
        var points = new List<SweepPoint> { new(0, centre.ToArray()) };
        for (var j = 0; j < parameters.Count; j++)
        {
            foreach (var value in parameters[j].Values.Where(v => v != centre[j]))
            {
                var values = centre.ToArray();
                values[j] = value;
                points.Add(new SweepPoint(points.Count, values));
            }
        }

        return points;
    }

    /// <summary>Independent uniform draws in each parameter's range.</summary>
    public static IReadOnlyList<SweepPoint> Random(IReadOnlyList<SweepParameter> parameters, int samples, ulong seed) =>
        Enumerable.Range(0, samples)
            .Select(i => new SweepPoint(i, parameters.Select((p, j) => Value(p, Draw(seed, i, j))).ToArray()))
            .ToArray();

    /// <summary>
    /// Latin hypercube: each parameter's range is cut into <paramref name="samples"/> equal strata and every
    /// stratum is used by exactly one point (a random place within it); the strata are paired across parameters
    /// by an independent random permutation per parameter.
    /// </summary>
    public static IReadOnlyList<SweepPoint> LatinHypercube(IReadOnlyList<SweepParameter> parameters, int samples, ulong seed)
    {
        var strata = parameters.Select((_, j) => Permutation(samples, seed, j)).ToArray();
        return Enumerable.Range(0, samples)
            .Select(i => new SweepPoint(i, parameters.Select((p, j) => Value(p, (strata[j][i] + Draw(seed, i, j)) / samples)).ToArray()))
            .ToArray();
    }

    /// <summary>A position in [0, 1) mapped into the parameter's range; whole numbers cover min..max inclusive.</summary>
    public static string Value(SweepParameter parameter, double unit)
    {
        if (parameter.Integer)
        {
            var span = parameter.Max - parameter.Min + 1;
            return Number((int)Math.Min(parameter.Max, parameter.Min + Math.Floor(unit * span)));
        }

        return Number(parameter.Min + unit * (parameter.Max - parameter.Min));
    }

    // Keyed apart from the replicate seeds (which use other = 0, tick = 0): other = 1 + parameter, tick = 1 or 2.
    private static double Draw(ulong seed, int sample, int parameter) =>
        CounterRandom.Uniform(seed, Purpose.Replicate, sample, 1 + parameter, 1);

    private static int[] Permutation(int n, ulong seed, int parameter)
    {
        var order = Enumerable.Range(0, n).ToArray();
        for (var i = n - 1; i > 0; i--)
        {
            var k = CounterRandom.Below(i + 1, seed, Purpose.Replicate, i, 1 + parameter, 2);
            (order[i], order[k]) = (order[k], order[i]);
        }

        return order;
    }
}
