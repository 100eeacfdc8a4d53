namespace NetworkSim.Model.RuleSets.Classic;

/// <summary>Granovetter (1978) and Watts (2002): adopt once the share (or number) of adopting neighbours reaches a threshold.</summary>
internal static class ThresholdRule
{
    /// <param name="adopters">Neighbours who have adopted.</param>
    /// <param name="degree">Neighbours in all.</param>
    /// <param name="threshold">The participant's fractional threshold phi.</param>
    /// <param name="count">An absolute threshold; used instead of phi when above 0.</param>
    public static bool Adopts(int adopters, int degree, double threshold, int count) =>
        count > 0 ? adopters >= count : degree > 0 && adopters >= threshold * degree;

    /// <summary>A participant's own threshold: uniform within +/- spread of phi (phi itself when spread is 0).</summary>
    public static double ThresholdOf(double phi, double spread, double uniform) => phi + spread * (2 * uniform - 1);
}
