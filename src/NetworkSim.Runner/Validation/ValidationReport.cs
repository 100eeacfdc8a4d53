using System.Globalization;
using System.Net;
using System.Text;
using NetworkSim.Model.RuleSets.Classic;
using NetworkSim.Runner.Output;
using ScottPlot;

namespace NetworkSim.Runner.Validation;

/// <summary>Writes the validation report: <c>validation.csv</c>, plots of simulation against theory with the tolerance band, and <c>report.html</c>.</summary>
public static class ValidationReport
{
    public static void Write(IReadOnlyList<ValidationResult> results, ResultsFolder folder, Provenance provenance)
    {
        try
        {
            var csv = new StringBuilder("check,passed,deviation,tolerance,series,x,simulated,theory,lower,upper\n");
            foreach (var r in results)
            {
                foreach (var p in r.Points)
                {
                    csv.Append(string.Join(',', CsvFormat.Text(r.Name), r.Passed ? "1" : "0", CsvFormat.Number(r.Deviation), CsvFormat.Number(r.Tolerance), CsvFormat.Text(p.Series),
                        CsvFormat.Number(p.X), CsvFormat.Number(p.Simulated), CsvFormat.Number(p.Theory), CsvFormat.Number(p.Lower), CsvFormat.Number(p.Upper))).Append('\n');
                }
            }

            folder.WriteText("validation.csv", csv.ToString());
            var plots = new List<string>();
            if (results.FirstOrDefault(r => r.Name == "bass") is { } bass)
            {
                plots.Add(BassPlot(bass, folder));
            }

            var cascades = results.Where(r => r.Name.StartsWith("cascade-", StringComparison.Ordinal)).ToArray();
            if (cascades.Length > 0)
            {
                plots.Add(CascadePlot(cascades, folder));
            }

            folder.WriteText("report.html", Html(results, plots, provenance));
            folder.Commit();
        }
        catch
        {
            folder.Abandon();
            throw;
        }
    }

    private static string BassPlot(ValidationResult bass, ResultsFolder folder)
    {
        var plot = new Plot();
        var sim = bass.Points.Where(p => p.Series == "bass").ToArray();
        var closed = bass.Points.Where(p => p.Series == "bass-closed-form").ToArray();
        var x = sim.Select(p => p.X).ToArray();
        var band = plot.Add.FillY(x, sim.Select(p => p.Lower).ToArray(), sim.Select(p => p.Upper).ToArray());
        band.FillColor = Colors.Gray.WithAlpha(0.25);
        band.LineWidth = 0;
        band.LegendText = $"recursion +/- {ClassicValidation.BassTolerance}";
        var theory = plot.Add.Scatter(x, sim.Select(p => p.Theory).ToArray());
        theory.LegendText = "discrete recursion";
        theory.MarkerSize = 0;
        theory.Color = Colors.Black;
        var form = plot.Add.Scatter(closed.Select(p => p.X).ToArray(), closed.Select(p => p.Theory).ToArray());
        form.LegendText = "continuous closed form";
        form.MarkerSize = 0;
        form.LinePattern = LinePattern.Dashed;
        form.Color = Colors.Gray;
        var simulated = plot.Add.Scatter(x, sim.Select(p => p.Simulated).ToArray());
        simulated.LegendText = "simulated (replicate mean)";
        simulated.LineWidth = 0;
        simulated.MarkerSize = 6;
        simulated.Color = Colors.Blue;
        var peak = plot.Add.VerticalLine(BassRule.PeakTime(0.03, 0.38));
        peak.LegendText = "closed-form peak t*";
        peak.LinePattern = LinePattern.Dotted;
        plot.Title("Bass: simulated vs theory");
        plot.XLabel("tick");
        plot.YLabel("share adopted");
        plot.ShowLegend(Alignment.LowerRight);
        return Save(plot, folder, "bass.png");
    }

    private static string CascadePlot(IReadOnlyList<ValidationResult> cascades, ResultsFolder folder)
    {
        var plot = new Plot();
        var r0 = Enumerable.Range(0, 61).Select(i => 0.5 + i * 0.05).ToArray();
        var theory = r0.Select(CascadeRule.FinalSize).ToArray();
        var band = plot.Add.FillY(r0, theory.Select(t => Math.Max(0, t - ClassicValidation.CascadeTolerance)).ToArray(), theory.Select(t => t + ClassicValidation.CascadeTolerance).ToArray());
        band.FillColor = Colors.Gray.WithAlpha(0.25);
        band.LineWidth = 0;
        band.LegendText = $"theory +/- {ClassicValidation.CascadeTolerance}";
        var line = plot.Add.Scatter(r0, theory);
        line.MarkerSize = 0;
        line.Color = Colors.Black;
        line.LegendText = "S = 1 - exp(-R0 S)";
        var points = cascades.SelectMany(c => c.Points).ToArray();
        var simulated = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Simulated).ToArray());
        simulated.LineWidth = 0;
        simulated.MarkerSize = 9;
        simulated.Color = Colors.Blue;
        simulated.LegendText = "simulated (mean of large cascades; largest at R0 < 1)";
        plot.Title("Independent cascade on Erdős–Rényi: final size");
        plot.XLabel("R0 = mean degree x transmissibility");
        plot.YLabel("final share adopted");
        plot.ShowLegend(Alignment.LowerRight);
        return Save(plot, folder, "cascade.png");
    }

    private static string Save(Plot plot, ResultsFolder folder, string name)
    {
        Plots.SavePng(plot, folder.PathOf(name), 900, 520);
        return name;
    }

    private static string Html(IReadOnlyList<ValidationResult> results, IReadOnlyList<string> plots, Provenance provenance)
    {
        var html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>NetworkSim validation</title>");
        html.Append("<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em}td,th{border:1px solid #ccc;padding:4px 8px}table{border-collapse:collapse}.ok{color:#060}.bad{color:#a00}</style></head><body>");
        html.Append("<h1>Validation against the textbook models</h1><table><tr><th>check</th><th>result</th><th>deviation</th><th>tolerance</th><th>claim</th></tr>");
        foreach (var r in results)
        {
            html.Append("<tr><td>").Append(WebUtility.HtmlEncode(r.Name)).Append("</td><td class=\"").Append(r.Passed ? "ok\">pass" : "bad\">FAIL")
                .Append("</td><td>").Append(r.Deviation.ToString("0.#####", CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append(r.Tolerance.ToString("0.#####", CultureInfo.InvariantCulture)).Append("</td><td>").Append(WebUtility.HtmlEncode(r.Claim)).Append("</td></tr>");
        }

        html.Append("</table>");
        foreach (var plot in plots)
        {
            html.Append("<p><img src=\"").Append(plot).Append("\" alt=\"").Append(plot).Append("\"></p>");
        }

        html.Append("<p>").Append(WebUtility.HtmlEncode($"{provenance.Program} {provenance.Version}, commit {provenance.Commit}, {provenance.Runtime}, {provenance.Cores} cores. Data: validation.csv.")).Append("</p></body></html>\n");
        return html.ToString();
    }
}
