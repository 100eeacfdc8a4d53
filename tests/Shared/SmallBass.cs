using System.Globalization;
using System.Text;

namespace NetworkSim.Tests.Shared;

/// <summary>
/// A Bass model small enough to calibrate in seconds (200 participants, 16 ticks), and its closed-form curve
/// F(t + 1) = F(t) + (p + q F(t)) (1 - F(t)) written as an observed table.
/// </summary>
public static class SmallBass
{
    public const string Yaml = """
        name: bass-small
        seed: 3
        replicates: 1
        ticks: 16
        rules: {kind: bass, p: 0.03, q: 0.38}
        network:
          schools: 4
          staff: {staff: 50}
          team: {staff: 50}
          participant_graph: {kind: none}
        practices:
          - name: product
        facilitators: {count: 0}
        """;

    /// <summary>The closed-form adoption share at ticks 2, 4, ..., 16.</summary>
    public static string Observed(double p = 0.03, double q = 0.38)
    {
        var text = new StringBuilder("tick,adoption\n");
        var f = 0.0;
        for (var t = 1; t <= 16; t++)
        {
            f += (p + q * f) * (1 - f);
            if (t % 2 == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"{t},{f:0.######}\n");
            }
        }

        return text.ToString();
    }
}
