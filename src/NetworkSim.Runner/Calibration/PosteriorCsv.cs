using System.Globalization;
using System.Text;
using NetworkSim.Analysis.Calibration;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// <c>posterior.csv</c>: every particle of every completed generation, with its normalised weight and distance, then
/// the fitted values (exact: shortest round-trip form). The last generation is the posterior.
/// </summary>
internal static class PosteriorCsv
{
    public const string FileName = "posterior.csv";

    public static string Header(IReadOnlyList<FittedKey> keys) => string.Join(',', new[] { "generation", "particle", "proposal", "weight", "distance" }.Concat(keys.Select(k => k.Key)));

    /// <summary>The rows of one completed generation's population.</summary>
    public static string Rows(int generation, IReadOnlyList<Particle> population)
    {
        var text = new StringBuilder();
        for (var i = 0; i < population.Count; i++)
        {
            var p = population[i];
            text.Append(CultureInfo.InvariantCulture, $"{generation},{i},{p.Proposal},{R(p.Weight)},{R(p.Distance)}");
            foreach (var value in p.Parameters)
            {
                text.Append(',').Append(R(value));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    internal static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
