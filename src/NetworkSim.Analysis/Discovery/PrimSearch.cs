using NetworkSim.Analysis.Numerics;

namespace NetworkSim.Analysis.Discovery;

/// <summary>The data and the peeling and pasting steps behind <see cref="Prim"/>.</summary>
internal sealed class PrimSearch
{
    private readonly IReadOnlyList<string> _inputs;
    private readonly double[][] _x;
    private readonly bool[] _y;
    private readonly PrimOptions _options;
    private readonly double[] _minimum;
    private readonly double[] _maximum;
    private readonly int _totalCases;

    public PrimSearch(IReadOnlyList<string> inputs, IReadOnlyList<IReadOnlyList<double>> x, IReadOnlyList<bool> y, PrimOptions options)
    {
        options.Validate();
        if (x.Count == 0 || x.Count != y.Count)
        {
            throw new ArgumentException($"PRIM needs at least one point and one outcome per point; {x.Count} points and {y.Count} outcomes were given.", nameof(y));
        }

        if (x.Any(row => row.Count != inputs.Count || row.Any(v => !double.IsFinite(v))))
        {
            throw new ArgumentException($"Every PRIM point needs one finite value per input ({inputs.Count}).", nameof(x));
        }

        _inputs = inputs;
        _x = x.Select(row => row.ToArray()).ToArray();
        _y = y.ToArray();
        _options = options;
        _minimum = Enumerable.Range(0, inputs.Count).Select(j => _x.Min(row => row[j])).ToArray();
        _maximum = Enumerable.Range(0, inputs.Count).Select(j => _x.Max(row => row[j])).ToArray();
        _totalCases = _y.Count(v => v);
    }

    public bool Inside(int point, IReadOnlyList<double> lower, IReadOnlyList<double> upper)
    {
        var row = _x[point];
        for (var j = 0; j < row.Length; j++)
        {
            if (row[j] < lower[j] || row[j] > upper[j])
            {
                return false;
            }
        }

        return true;
    }

    public PrimTrajectory FindBox(int[] remaining)
    {
        var remainingCases = remaining.Count(i => _y[i]);
        var boxes = new List<PrimBox>();
        var (lower, upper, points) = ((double[])_minimum.Clone(), (double[])_maximum.Clone(), remaining);
        boxes.Add(Describe(lower, upper, points, remaining, remainingCases, "start"));

        while (Best(Peels(lower, upper, points), points) is { } peel && Mass(peel.Points) >= _options.MassMin && peel.Points.Length < points.Length)
        {
            (lower, upper, points) = (peel.Lower, peel.Upper, peel.Points);
            boxes.Add(Describe(lower, upper, points, remaining, remainingCases, "peel"));
        }

        while (Best(Pastes(lower, upper, remaining), points) is { } paste && Mass(paste.Points) >= _options.MassMin
               && paste.Points.Length > points.Length && Mean(paste.Points) > Mean(points))
        {
            (lower, upper, points) = (paste.Lower, paste.Upper, paste.Points);
            boxes.Add(Describe(lower, upper, points, remaining, remainingCases, "paste"));
        }

        return new PrimTrajectory(_inputs, boxes, PrimTrajectory.Choose(boxes, _options.Choice, _options.CoverageTarget));
    }

    /// <summary>A box given by its limits, described over all points.</summary>
    public PrimBox Evaluate(double[] lower, double[] upper)
    {
        var all = Enumerable.Range(0, _x.Length).ToArray();
        return Describe(lower, upper, all.Where(i => Inside(i, lower, upper)).ToArray(), all, _totalCases, "given");
    }

    /// <summary>The data's range of input <paramref name="j"/>: the limits of an input a box does not restrict.</summary>
    public (double Lower, double Upper) RangeOf(int j) => (_minimum[j], _maximum[j]);

    private IEnumerable<Candidate> Peels(double[] lower, double[] upper, int[] points)
    {
        for (var j = 0; j < _inputs.Count; j++)
        {
            var values = points.Select(i => _x[i][j]).Order().ToArray();
            var top = SdQuantile(values, 1 - _options.PeelAlpha);
            yield return With(lower, upper, j, lower[j], top, points.Where(i => _x[i][j] <= top).ToArray());
            var bottom = SdQuantile(values, _options.PeelAlpha);
            yield return With(lower, upper, j, bottom, upper[j], points.Where(i => _x[i][j] >= bottom).ToArray());
        }
    }

    private IEnumerable<Candidate> Pastes(double[] lower, double[] upper, int[] remaining)
    {
        for (var j = 0; j < _inputs.Count; j++)
        {
            if (lower[j] == _minimum[j] && upper[j] == _maximum[j])
            {
                continue;
            }

            // The slab below the box along j (inside the box on every other input): paste its top PasteAlpha.
            var below = remaining.Where(i => InsideExcept(i, lower, upper, j) && _x[i][j] <= lower[j]).Select(i => _x[i][j]).Order().ToArray();
            var newLower = below.Length > 0 ? SdQuantile(below, 1 - _options.PasteAlpha) : _minimum[j];
            yield return Within(lower, upper, j, Math.Min(newLower, lower[j]), upper[j], remaining);
            var above = remaining.Where(i => InsideExcept(i, lower, upper, j) && _x[i][j] >= upper[j]).Select(i => _x[i][j]).Order().ToArray();
            var newUpper = above.Length > 0 ? SdQuantile(above, _options.PasteAlpha) : _maximum[j];
            yield return Within(lower, upper, j, lower[j], Math.Max(newUpper, upper[j]), remaining);
        }
    }

    /// <summary>The candidate with the best lenient1 objective (ties: fewer restricted inputs, then the earlier one), if its objective is positive.</summary>
    private Candidate? Best(IEnumerable<Candidate> candidates, int[] points)
    {
        var meanOld = Mean(points);
        Candidate? best = null;
        var (bestScore, bestRestricted) = (0.0, int.MaxValue);
        foreach (var c in candidates)
        {
            var changed = Math.Abs(points.Length - c.Points.Length);
            var meanNew = c.Points.Length > 0 ? Mean(c.Points) : 0;
            var score = changed == 0 || meanNew == meanOld ? 0 : (meanNew - meanOld) / changed;
            var restricted = RestrictedInputs(c.Lower, c.Upper).Count;
            if (score > bestScore || (score == bestScore && score > 0 && restricted < bestRestricted))
            {
                (best, bestScore, bestRestricted) = (c, score, restricted);
            }
        }

        return best;
    }

    private Candidate With(double[] lower, double[] upper, int j, double low, double high, int[] points)
    {
        var (l, u) = ((double[])lower.Clone(), (double[])upper.Clone());
        (l[j], u[j]) = (low, high);
        return new Candidate(l, u, points);
    }

    private Candidate Within(double[] lower, double[] upper, int j, double low, double high, int[] remaining)
    {
        var candidate = With(lower, upper, j, low, high, []);
        return candidate with { Points = remaining.Where(i => Inside(i, candidate.Lower, candidate.Upper)).ToArray() };
    }

    private bool InsideExcept(int point, double[] lower, double[] upper, int except)
    {
        var row = _x[point];
        for (var j = 0; j < row.Length; j++)
        {
            if (j != except && (row[j] < lower[j] || row[j] > upper[j]))
            {
                return false;
            }
        }

        return true;
    }

    private PrimBox Describe(double[] lower, double[] upper, int[] points, int[] remaining, int remainingCases, string step)
    {
        var cases = points.Count(i => _y[i]);
        var restricted = RestrictedInputs(lower, upper);
        return new PrimBox(
            lower,
            upper,
            _totalCases == 0 ? 0 : cases / (double)_totalCases,
            points.Length == 0 ? 0 : cases / (double)points.Length,
            Mass(points),
            remainingCases == 0 ? 0 : cases / (double)remainingCases,
            points.Length,
            cases,
            restricted,
            restricted.Select(j => QuasiPValue(lower, upper, j, remaining, points.Length, cases)).ToArray(),
            step);
    }

    /// <summary>P(X ≥ cases) for X ~ Binomial(points, density of the box without its restriction on input j).</summary>
    private double QuasiPValue(double[] lower, double[] upper, int j, int[] remaining, int points, int cases)
    {
        var without = remaining.Where(i => InsideExcept(i, lower, upper, j)).ToArray();
        var density = Mean(without);
        return cases == 0 ? 1 : density >= 1 ? 1 : density <= 0 ? 0 : SpecialFunctions.RegularizedBeta(density, cases, points - cases + 1);
    }

    private List<int> RestrictedInputs(double[] lower, double[] upper) =>
        Enumerable.Range(0, _inputs.Count).Where(j => lower[j] > _minimum[j] || upper[j] < _maximum[j]).ToList();

    private double Mass(int[] points) => points.Length / (double)_x.Length;

    private double Mean(int[] points) => points.Length == 0 ? 0 : points.Count(i => _y[i]) / (double)points.Length;

    /// <summary>
    /// The sdtoolkit quantile the EMA Workbench peels at: between the order statistics around (n − 1)q, moved outwards
    /// past equal values, and halfway between them, so that a limit never sits on a data value.
    /// </summary>
    internal static double SdQuantile(double[] sorted, double q)
    {
        var position = (sorted.Length - 1) * q;
        var (lo, hi) = ((int)Math.Floor(position), (int)Math.Ceiling(position));
        if (q > 0.5)
        {
            while (sorted[lo] == sorted[hi] && lo > 0)
            {
                lo--;
            }
        }
        else
        {
            while (sorted[lo] == sorted[hi] && hi < sorted.Length - 1)
            {
                hi++;
            }
        }

        return (sorted[lo] + sorted[hi]) / 2;
    }

    private sealed record Candidate(double[] Lower, double[] Upper, int[] Points);
}
