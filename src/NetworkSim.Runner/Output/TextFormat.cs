using System.Globalization;

namespace NetworkSim.Runner.Output;

/// <summary>How the console's figures are written: shares as percentages, their differences in points, '-' for no value.</summary>
internal static class TextFormat
{
    /// <summary>A share of 0–1 as a percentage to one decimal: 0.158 is "15.8 %".</summary>
    public static string Percent(double share) => Number(share * 100, "0.0") + " %";

    /// <summary>A difference of shares in signed percentage points to one decimal: -0.004 is "-0.4" (and a rounded 0 is "0.0").</summary>
    public static string Points(double share) => Number(share * 100, "+0.0;-0.0;0.0");

    /// <summary>A number in the invariant culture with <paramref name="format"/>, or "-" when it is not finite.</summary>
    public static string Number(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "-";
}
