using System.Globalization;
using System.Text;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Worlds;

namespace NetworkSim.Runner.Sensitivity;

/// <summary>Global sensitivity results as files: runs.csv (every point), the indices as CSV, and a Markdown table per outcome.</summary>
internal static class GlobalTables
{
    /// <summary>Every point: its parameter values and outcomes (the mean over its replicates), exactly as run.</summary>
    public static string Runs(GlobalSensitivity design, double[][] outputs)
    {
        var text = new StringBuilder(string.Join(',', new[] { "point" }.Concat(design.Parameters.Select(p => p.Key)).Concat(GlobalSensitivity.Outcomes.Select(o => o.Name)))).Append('\n');
        for (var i = 0; i < design.Points; i++)
        {
            text.Append(i.ToString(CultureInfo.InvariantCulture)).Append(',').Append(string.Join(',', design.Values(i).Concat(outputs[i]).Select(WorldsDefinition.Format))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>One row per outcome and parameter with its indices and their 95 % intervals.</summary>
    public static string Indices(IReadOnlyList<GlobalIndices> results)
    {
        var text = new StringBuilder();
        if (results[0].Morris is not null)
        {
            text.Append("outcome,parameter,mu,mu_star,mu_star_low,mu_star_high,sigma,effects\n");
            foreach (var r in results)
            {
                foreach (var m in r.Morris!)
                {
                    text.Append(string.Join(',', r.Outcome, m.Name, N(m.Mu), N(m.MuStar), N(m.MuStarInterval.Low), N(m.MuStarInterval.High), N(m.Sigma), m.Effects.ToString(CultureInfo.InvariantCulture))).Append('\n');
                }
            }
        }
        else
        {
            text.Append("outcome,parameter,s1,s1_low,s1_high,st,st_low,st_high\n");
            foreach (var r in results)
            {
                foreach (var s in r.Sobol!)
                {
                    text.Append(string.Join(',', r.Outcome, s.Name, N(s.First), N(s.FirstInterval.Low), N(s.FirstInterval.High), N(s.Total), N(s.TotalInterval.Low), N(s.TotalInterval.High))).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    /// <summary>A Markdown table per outcome, parameters by μ* (Morris) or ST (Sobol'), largest first; shares in percentage points.</summary>
    public static string Markdown(IReadOnlyList<GlobalIndices> results, string heading)
    {
        var text = new StringBuilder(heading).Append("\n\n");
        foreach (var r in results)
        {
            var scale = r.Outcome.StartsWith("final_", StringComparison.Ordinal) ? 100 : 1;
            var unit = scale == 100 ? "percentage points" : "weeks";
            text.Append("### ").Append(r.Outcome).Append("\n\n").Append(char.ToUpperInvariant(r.Meaning[0])).Append(r.Meaning[1..]).Append(".\n\n");
            if (r.Morris is { } morris)
            {
                text.Append(CultureInfo.InvariantCulture, $"μ\\*, μ and σ in {unit} over each parameter's whole range.\n\n| parameter | μ\\* (95 % interval) | μ | σ |\n| --- | --- | --- | --- |\n");
                foreach (var m in morris.OrderByDescending(m => m.MuStar).ThenBy(m => m.Name, StringComparer.Ordinal))
                {
                    text.Append(CultureInfo.InvariantCulture, $"| `{m.Name}` | {F(m.MuStar * scale)} [{F(m.MuStarInterval.Low * scale)}, {F(m.MuStarInterval.High * scale)}] | {F(m.Mu * scale)} | {F(m.Sigma * scale)} |\n");
                }
            }
            else
            {
                var sobol = r.Sobol!;
                text.Append(CultureInfo.InvariantCulture, $"Σ S1 = {F(sobol.Sum(s => s.First))}: {(sobol.Sum(s => s.First) < 0.7 ? "well below 1, interactions matter" : "most of the variance comes from parameters acting alone")}.\n\n");
                text.Append("| parameter | S1 (95 % interval) | ST (95 % interval) | ST − S1 |\n| --- | --- | --- | --- |\n");
                foreach (var s in sobol.OrderByDescending(s => s.Total).ThenBy(s => s.Name, StringComparer.Ordinal))
                {
                    text.Append(CultureInfo.InvariantCulture, $"| `{s.Name}` | {F(s.First)} [{F(s.FirstInterval.Low)}, {F(s.FirstInterval.High)}] | {F(s.Total)} [{F(s.TotalInterval.Low)}, {F(s.TotalInterval.High)}] | {F(s.Total - s.First)} |\n");
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string N(double value) => CsvFormat.Number(value);

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
