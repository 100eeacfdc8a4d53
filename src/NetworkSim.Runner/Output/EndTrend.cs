using System.Globalization;

namespace NetworkSim.Runner.Output;

/// <summary>
/// Whether mean adoption was still climbing when the run ended: it rose by more than
/// <see cref="ResultsSummary.StillRisingAbove"/> over the last <paramref name="OverTicks"/> ticks (10 % of the run).
/// A "final" level quoted from such a run is where it stopped, not where it settles.
/// </summary>
public sealed record EndTrend(bool StillRising, double Rise, int OverTicks)
{
    /// <summary>The sentence that goes next to a "final" figure of a run that ended while adoption was still climbing.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"still rising at the end: +{Rise * 100:0.0} points over the last {OverTicks} ticks; run longer for the level it settles at");
}
