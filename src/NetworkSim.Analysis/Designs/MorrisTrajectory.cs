namespace NetworkSim.Analysis.Designs;

/// <summary>
/// One Morris trajectory in the unit cube: k + 1 points, each differing from the one before in one parameter by ±Δ.
/// </summary>
/// <param name="Points">The k + 1 points, each of k coordinates on the grid {0, 1/(p − 1), …, 1}.</param>
/// <param name="Changed">Changed[s] is the parameter that differs between point s and point s + 1.</param>
public sealed record MorrisTrajectory(IReadOnlyList<double[]> Points, IReadOnlyList<int> Changed)
{
    /// <summary>The sum of Euclidean distances between every point of this trajectory and every point of the other (Campolongo et al. 2007, eq. 4).</summary>
    internal double DistanceTo(MorrisTrajectory other)
    {
        double total = 0;
        foreach (var p in Points)
        {
            foreach (var q in other.Points)
            {
                double squares = 0;
                for (var j = 0; j < p.Length; j++)
                {
                    var d = p[j] - q[j];
                    squares += d * d;
                }

                total += Math.Sqrt(squares);
            }
        }

        return total;
    }
}
