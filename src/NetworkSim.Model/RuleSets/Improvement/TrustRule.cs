using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.RuleSets.Improvement;

/// <summary>
/// Mechanisms 2 and 3: relational trust grows with each candid exchange, slower across a wide expertise
/// distance and faster in a facilitated safe space; an exposed failure erodes it unless the space is safe.
/// </summary>
internal static class TrustRule
{
    /// <param name="p">Trust parameters.</param>
    /// <param name="safeSpace">The safe-space lever (facilitation.safe_space).</param>
    /// <param name="trust">Trust before the exchange.</param>
    /// <param name="distance">Expertise distance of the pair, 0–1.</param>
    /// <param name="process">Facilitator process level over the pair, 0–1 (0 between colleagues or without one).</param>
    /// <param name="failed">Whether the exchange exposed a failure.</param>
    public static double AfterExchange(TrustParameters p, double safeSpace, double trust, double distance, double process, bool failed)
    {
        var safety = safeSpace * process;
        var next = failed
            ? trust - p.Erosion * (1 - safety) * trust
            : trust + p.Growth * (1 + safety) * Math.Max(0, 1 - p.DiversityDrag * distance) * (1 - trust);
        return Math.Clamp(next, 0, 1);
    }
}
