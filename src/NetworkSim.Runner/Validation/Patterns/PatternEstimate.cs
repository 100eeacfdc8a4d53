namespace NetworkSim.Runner.Validation.Patterns;

/// <summary>
/// One statistic of a pattern in one world: its mean over paired replicates, its 95 % interval, and whether the pattern
/// holds there (the interval lies on the side the sources state).
/// </summary>
/// <param name="Statistic">What is measured, in words.</param>
/// <param name="Mean">Mean over replicates (of a paired difference where the pattern compares two settings).</param>
/// <param name="Low">Lower end of the 95 % interval.</param>
/// <param name="High">Upper end of the 95 % interval.</param>
/// <param name="Holds">Whether the pattern holds.</param>
/// <param name="Unit">How to print the figures: "share" (a share, printed in percent), "points" (a difference of shares, in percentage points), or "weeks".</param>
public sealed record PatternEstimate(string Statistic, double Mean, double Low, double High, bool Holds, string Unit);
