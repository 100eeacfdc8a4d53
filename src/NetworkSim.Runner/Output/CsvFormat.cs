using System.Globalization;

namespace NetworkSim.Runner.Output;

/// <summary>Invariant, fixed number formatting so that the same run always writes the same bytes.</summary>
public static class CsvFormat
{
    public static string Number(double value) =>
        double.IsNaN(value) ? "" : value.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
