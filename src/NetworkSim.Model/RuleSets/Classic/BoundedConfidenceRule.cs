namespace NetworkSim.Model.RuleSets.Classic;

/// <summary>
/// Deffuant, Neau, Amblard and Weisbuch (2000): two who meet move each other's opinion by mu times their difference,
/// but only when they differ by less than epsilon: trust in its simplest form.
/// </summary>
internal static class BoundedConfidenceRule
{
    public static double Shift(double mine, double theirs, double confidence, double convergence) =>
        Math.Abs(theirs - mine) < confidence ? convergence * (theirs - mine) : 0;

    /// <summary>Opinion clusters: groups of occupied histogram bins separated by at least one empty bin.</summary>
    public static int Clusters(IReadOnlyList<int> histogram)
    {
        var clusters = 0;
        var inside = false;
        foreach (var count in histogram)
        {
            if (count > 0 && !inside)
            {
                clusters++;
            }

            inside = count > 0;
        }

        return clusters;
    }
}
