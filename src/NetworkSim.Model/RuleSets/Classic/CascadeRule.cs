namespace NetworkSim.Model.RuleSets.Classic;

/// <summary>
/// Independent cascade (Kempe, Kleinberg and Tardos 2003) and SIR (Kermack and McKendrick 1927): each contagious
/// neighbour independently converts with a fixed probability. On an Erdős–Rényi graph with mean degree c and
/// transmissibility T, a large cascade reaches the share S solving S = 1 - exp(-c T S).
/// </summary>
public static class CascadeRule
{
    /// <summary>The root of S = 1 - exp(-R0 S) in (0, 1], by fixed-point iteration; 0 when R0 is at most 1.</summary>
    public static double FinalSize(double r0)
    {
        if (r0 <= 1)
        {
            return 0;
        }

        var s = 1.0;
        for (var i = 0; i < 10_000; i++)
        {
            var next = 1 - Math.Exp(-r0 * s);
            if (Math.Abs(next - s) < 1e-14)
            {
                return next;
            }

            s = next;
        }

        return s;
    }
}
