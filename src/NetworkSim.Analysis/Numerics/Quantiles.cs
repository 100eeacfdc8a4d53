namespace NetworkSim.Analysis.Numerics;

/// <summary>Quantiles of plain and weighted samples.</summary>
internal static class Quantiles
{
    /// <summary>Type 7 quantile (linear interpolation between order statistics; R's and numpy's default).</summary>
    public static double OfSorted(IReadOnlyList<double> sorted, double q)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Count - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] == sorted[hi] ? sorted[lo] : sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public static double Of(IEnumerable<double> values, double q) => OfSorted(values.Order().ToArray(), q);

    /// <summary>
    /// Weighted quantile: each value sits at the middle of its share of the total weight, and the quantile is
    /// interpolated linearly between those positions (with equal weights this is Hazen's type 5 quantile).
    /// </summary>
    public static double Weighted(IReadOnlyList<double> values, IReadOnlyList<double> weights, double q)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
        var total = weights.Sum();
        double cumulative = 0, previousPosition = double.NaN, previousValue = double.NaN;
        foreach (var i in order)
        {
            var position = (cumulative + weights[i] / 2) / total;
            cumulative += weights[i];
            if (position >= q)
            {
                return double.IsNaN(previousPosition) || position == previousPosition
                    ? values[i]
                    : previousValue + (q - previousPosition) / (position - previousPosition) * (values[i] - previousValue);
            }

            (previousPosition, previousValue) = (position, values[i]);
        }

        return previousValue;
    }
}
