using System.Globalization;
using System.Net;
using System.Text;
using NetworkSim.Runner.Output;
using ScottPlot;

namespace NetworkSim.Runner.Validation;

/// <summary>The report of <c>validate --calibration</c>: <c>calibration-recovery.csv</c>, a plot of each recovery and <c>report.html</c>.</summary>
public static class CalibrationValidationReport
{
    public const string CsvName = "calibration-recovery.csv";

    public static void Write(IReadOnlyList<CalibrationCheck> checks, IReadOnlyList<RecoveryRow> rows, ResultsFolder folder, Provenance provenance)
    {
        var csv = new StringBuilder("study,parameter,truth,data,true_value,median,mean,low_2_5,high_97_5,covered,runs\n");
        foreach (var r in rows)
        {
            csv.Append(string.Join(',', r.Study, r.Parameter, CsvFormat.Number(r.Truth), r.Data, R(r.TruthValue), R(r.Median), R(r.Mean), R(r.Low), R(r.High), r.Covered ? "1" : "0", r.Runs.ToString(CultureInfo.InvariantCulture))).Append('\n');
        }

        folder.WriteText(CsvName, csv.ToString());
        var plots = new List<string>();
        foreach (var study in rows.Select(r => r.Study).Distinct().Where(s => rows.Count(r => r.Study == s) > 2))
        {
            var file = $"recovery-{study}.png";
            var mine = rows.Where(r => r.Study == study).ToArray();
            var parameters = mine.Select(r => r.Parameter).Distinct().ToArray();
            var multiplot = new Multiplot();
            multiplot.AddPlots(parameters.Length);
            multiplot.Layout = new ScottPlot.MultiplotLayouts.Grid(1, parameters.Length);
            for (var i = 0; i < parameters.Length; i++)
            {
                Recovery(multiplot.GetPlot(i), mine.Where(r => r.Parameter == parameters[i]).ToArray(), parameters[i]);
            }

            multiplot.SavePng(folder.PathOf(file) + ".tmp.png", 520 * parameters.Length, 480);
            File.Move(folder.PathOf(file) + ".tmp.png", folder.PathOf(file), overwrite: true);
            plots.Add(file);
        }

        folder.WriteText("report.html", Html(checks, plots, provenance));
    }

    /// <summary>Posterior median and 95 % interval against the truth, one colour per size of data; the diagonal is perfect recovery.</summary>
    private static void Recovery(Plot plot, RecoveryRow[] rows, string parameter)
    {
        var palette = new ScottPlot.Palettes.Category10();
        var sizes = rows.Select(r => r.Data).Distinct().ToArray();
        var (low, high) = (rows.Min(r => Math.Min(r.Low, r.TruthValue)), rows.Max(r => Math.Max(r.High, r.TruthValue)));
        var diagonal = plot.Add.Line(low, low, high, high);
        diagonal.Color = Colors.Gray;
        diagonal.LinePattern = LinePattern.Dashed;
        for (var s = 0; s < sizes.Length; s++)
        {
            var offset = (s - (sizes.Length - 1) / 2.0) * (high - low) * 0.006;
            var mine = rows.Where(r => r.Data == sizes[s]).ToArray();
            var errors = plot.Add.ErrorBar(mine.Select(r => r.TruthValue + offset).ToArray(), mine.Select(r => r.Median).ToArray(), mine.Select(r => r.High - r.Median).ToArray());
            errors.YErrorNegative = mine.Select(r => r.Median - r.Low).ToArray();
            errors.Color = palette.GetColor(s);
            var points = plot.Add.ScatterPoints(mine.Select(r => r.TruthValue + offset).ToArray(), mine.Select(r => r.Median).ToArray());
            points.Color = palette.GetColor(s);
            points.LegendText = $"{sizes[s]}: {mine.Count(r => r.Covered)} of {mine.Length} covered";
        }

        plot.Title($"{parameter}: posterior median and 95 % interval");
        plot.XLabel($"true {parameter}");
        plot.YLabel("posterior");
        plot.ShowLegend(Edge.Bottom);
    }

    private static string Html(IReadOnlyList<CalibrationCheck> checks, IReadOnlyList<string> plots, Provenance provenance)
    {
        var html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>NetworkSim calibration validation</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}img{max-width:100%}.meta{color:#666;font-size:.9em}</style></head><body>")
            .Append("<h1>Calibration validation</h1><p>Parameters simulated from known values and calibrated back through <code>networksim calibrate</code>'s own path (a scenario file, an observed CSV written and read back, <code>--fit</code> keys, ABC-SMC), and Bass p and q from the closed-form curve.</p>")
            .Append("<table><tr><th>check</th><th>result</th><th>claim</th><th>figures</th></tr>");
        foreach (var c in checks)
        {
            html.Append("<tr><td>").Append(E(c.Name)).Append("</td><td>").Append(c.Passed ? "pass" : "FAIL").Append("</td><td>").Append(E(c.Claim)).Append("</td><td>").Append(E(c.Figures)).Append("</td></tr>");
        }

        html.Append("</table>");
        foreach (var plot in plots)
        {
            html.Append("<figure><img src=\"").Append(E(plot)).Append("\" alt=\"").Append(E(plot)).Append("\"><figcaption>Each recovery's posterior median and 95 % credible interval against the truth it was simulated with; on the dashed diagonal the median is the truth.</figcaption></figure>");
        }

        html.Append("<p class=\"meta\">").Append(E(provenance.Program)).Append(' ').Append(E(provenance.Version)).Append(", commit ").Append(E(provenance.Commit)).Append(", ")
            .Append(provenance.Cores).Append(" cores. Command: <code>").Append(E(provenance.Command)).Append("</code>. Every recovery: <a href=\"").Append(CsvName).Append("\">").Append(CsvName).Append("</a>.</p></body></html>\n");
        return html.ToString();
    }

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
