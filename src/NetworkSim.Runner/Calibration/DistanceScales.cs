using System.Globalization;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// The distance between a simulated and the observed table: the root mean square, over the observations, of the
/// difference divided by its column's scale. A column's scale is how much it varies across the prior (generation 0's
/// simulations: the root mean square of the standard deviation at each of its observations; Prangle 2017), at least
/// <see cref="Floor"/>, so that a column that moves a lot does not drown one that moves a little, and a column the
/// prior barely moves does not dominate.
/// </summary>
/// <param name="Scales">Per column name, its scale.</param>
public sealed record DistanceScales(IReadOnlyDictionary<string, double> Scales)
{
    /// <summary>One percentage point: below this a share's spread is read as none.</summary>
    public const double Floor = 0.01;

    /// <summary>The scales from the prior-predictive simulations (one vector per simulation, in observation order).</summary>
    public static DistanceScales FromPrior(ObservedData observed, IReadOnlyList<double[]> simulated)
    {
        var scales = new Dictionary<string, double>();
        foreach (var column in observed.Columns)
        {
            var rows = Enumerable.Range(0, observed.Points.Count).Where(i => observed.Points[i].Column == column).ToArray();
            var variance = rows.Average(i =>
            {
                var mean = simulated.Average(s => s[i]);
                return simulated.Average(s => (s[i] - mean) * (s[i] - mean));
            });
            scales[column.Name] = Math.Max(Floor, Math.Sqrt(variance));
        }

        return new DistanceScales(scales);
    }

    public double Distance(ObservedData observed, IReadOnlyList<double> simulated)
    {
        double sum = 0;
        for (var i = 0; i < simulated.Count; i++)
        {
            var point = observed.Points[i];
            var z = (simulated[i] - point.Value) / Scales[point.Column.Name];
            sum += z * z;
        }

        return Math.Sqrt(sum / simulated.Count);
    }

    /// <summary>The weighting in words, for calibration.json and the report.</summary>
    public string Describe() => "distance = root mean square over the observations of (simulated - observed) / scale of the observation's column; " +
        "scale = the spread of that column across generation 0 (prior) simulations (root mean square of the standard deviation at each observation), at least 0.01; " +
        "scales: " + string.Join(", ", Scales.Select(s => $"{s.Key} {s.Value.ToString("0.####", CultureInfo.InvariantCulture)}"));
}
