using System.Globalization;
using System.Net;
using System.Text;
using NetworkSim.Model.Metrics;
using NetworkSim.Runner.Output;
using NetworkSim.Runner.Sweeps;

namespace NetworkSim.Runner.Comparisons;

/// <summary>
/// A comparison's <c>report.html</c>, written for a funding meeting: the question, the answer in sentences, how sure
/// the answer is, what differs between the designs, the cost, then every figure and the plots.
/// </summary>
internal static class ComparisonReport
{
    public static string Html(IReadOnlyList<DesignRuns> designs, IReadOnlyList<OutcomeComparison> outcomes, IReadOnlyList<(CostPer Adopter, CostPer School)?> costs, IReadOnlyList<SweepPlot> plots, Provenance provenance, IReadOnlyList<ExplainStep>? explain = null)
    {
        var first = designs[0].Scenario;
        var practice = first.Practices[0].Name;
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Design comparison — NetworkSim</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse;margin:1em 0}")
            .Append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}img{max-width:100%;border:1px solid #eee;margin:.5em 0}")
            .Append(".meta{color:#666;font-size:.9em}.answer{font-size:1.1em}</style></head><body>");
        html.Append("<h1>Which design should we fund?</h1>");
        html.Append("<h2>The question</h2><p>Which of these ").Append(designs.Count).Append(" network designs spreads <strong>").Append(E(practice))
            .Append("</strong> further within ").Append(first.Ticks).Append(" weeks").Append(costs.Any(c => c is not null) ? ", and at what cost" : "").Append("?</p><ul>");
        foreach (var d in designs)
        {
            html.Append("<li><strong>").Append(E(d.Scenario.Name)).Append("</strong>").Append(d.Scenario.Description.Length > 0 ? ": " + E(d.Scenario.Description) : "").Append("</li>");
        }

        html.Append("</ul><h2>The answer</h2>");
        var shares = outcomes.First(x => x.Outcome == $"{practice}.final_adoption");
        var people = outcomes.First(x => x.Outcome == $"{practice}.adopters");
        for (var d = 1; d < designs.Count; d++)
        {
            var priced = costs[0] is not null && costs[d] is not null;
            html.Append("<p class=\"answer\"><strong>").Append(E(ComparisonText.Answer(first.Name, designs[d].Scenario.Name, shares.Designs[0], shares.Designs[d], shares.VsFirst[d],
                people.Designs[0], people.Designs[d], people.VsFirst[d], priced ? costs[0]!.Value.Adopter : null, priced ? costs[d]!.Value.Adopter : null, designs[d].Cost?.Currency))).Append("</strong></p>");
        }

        html.Append("<p>In more detail:</p>");
        foreach (var (name, what, share) in new[] { ($"{practice}.final_adoption", "share of all staff practising at the end", true), ($"{practice}.adopters", "number of staff practising at the end", false), ($"{practice}.schools_institutionalised", "number of schools where the practice is institutionalised", false) })
        {
            var o = outcomes.First(x => x.Outcome == name);
            for (var d = 1; d < designs.Count; d++)
            {
                html.Append("<p class=\"answer\">").Append(Sentence(designs[0].Scenario.Name, designs[d].Scenario.Name, what, o.Designs[0], o.Designs[d], o.VsFirst[d], share)).Append("</p>");
            }
        }

        html.Append("<h2>How sure we are</h2><p>Each design was simulated ").Append(designs[0].Replicates.Count).Append(" times, replicate <em>r</em> of every design on the same random seed ")
            .Append("(the same chance events where the designs allow it), so the differences are paired and are not noise between seeds. Intervals are 95 % ")
            .Append(E(Statistics.BootstrapMethod)).Append(". \"Ahead in k of n\" counts the paired replicates in which a design came out higher (ties count half). ")
            .Append("These are results of a model, under its assumptions (docs/model.md in the repository), not a forecast: they say which design the model favours and how firmly, not what will happen.</p>");
        html.Append("<h2>What differs between the designs</h2>");
        for (var d = 1; d < designs.Count; d++)
        {
            var differences = ScenarioDifferences.Of(first, designs[d].Scenario);
            html.Append("<p>").Append(E(designs[d].Scenario.Name)).Append(" differs from ").Append(E(first.Name)).Append(" in ").Append(differences.Count).Append(" setting(s):</p><table><tr><th>setting</th><th>")
                .Append(E(first.Name)).Append("</th><th>").Append(E(designs[d].Scenario.Name)).Append("</th></tr>");
            foreach (var (key, a, b) in differences.Take(20))
            {
                html.Append("<tr><td>").Append(E(key)).Append("</td><td>").Append(E(Short(a))).Append("</td><td>").Append(E(Short(b))).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        if (explain is null)
        {
            html.Append("<p class=\"meta\">Which of these differences carries the effect: run the comparison with <code>--explain</code>, which changes the second design towards the first one factor at a time.</p>");
        }
        else
        {
            html.Append("<h2>What drives it</h2><p>").Append(E(designs[1].Scenario.Name)).Append(" was changed towards ").Append(E(first.Name))
                .Append(" one factor at a time (the settings written differently in the two files, those that only make sense together grouped), each run on the same seeds:</p>")
                .Append("<table><tr><th>factor set as in ").Append(E(first.Name)).Append("</th><th>settings</th><th>final adoption (95 % CI)</th><th>change from ")
                .Append(E(designs[1].Scenario.Name)).Append(", points (95 % CI)</th><th>share of the gap</th><th>change in adopters</th></tr>");
            foreach (var step in explain)
            {
                html.Append("<tr><td>").Append(E(step.Factor.Name)).Append("</td><td>").Append(E(Short(step.Factor.Describe()))).Append("</td>");
                if (step.ShareDifference is not { } d)
                {
                    html.Append("<td colspan=\"4\">not run on its own: ").Append(E(step.Factor.Problem ?? "")).Append("</td></tr>");
                    continue;
                }

                var g = step.GapClosed is { } gap ? (gap * 100).ToString("0", CultureInfo.InvariantCulture) + " %" : step.DesignsTie ? "none: the designs tie" : "–";
                var a = step.AdoptersDifference!;
                html.Append("<td>").Append(Pct(step.Share!.Mean)).Append(" (").Append(Pct(step.Share.Low)).Append("–").Append(Pct(step.Share.High)).Append(")</td><td>")
                    .Append(Signed(d.Mean * 100)).Append(" (").Append(Signed(d.Low * 100)).Append(" to ").Append(Signed(d.High * 100)).Append(")</td><td>").Append(g)
                    .Append("</td><td>").Append(Signed(a.Mean)).Append(" (").Append(Signed(a.Low)).Append(" to ").Append(Signed(a.High)).Append(")</td></tr>");
            }

            html.Append("</table><p class=\"meta\">Share of the gap: the factor's change divided by the difference between the two designs' final adoption; "
                + "none when the designs tie (the difference's 95 % interval holds 0). Factors need not add up: they can interact, and a factor can overshoot the other design.</p>");
        }
        if (costs.Any(c => c is not null))
        {
            html.Append("<h2>Cost</h2><table><tr><th>design</th><th>total cost</th><th>per adopter (95 % interval)</th><th>per institutionalised school (95 % interval)</th></tr>");
            for (var d = 0; d < designs.Count; d++)
            {
                html.Append("<tr><td>").Append(E(designs[d].Scenario.Name)).Append("</td>");
                var currency = designs[d].Cost?.Currency ?? "";
                html.Append(costs[d] is { } c ? $"<td>{E(ComparisonText.Money(currency, c.Adopter.Total))}</td><td>{Per(currency, c.Adopter)}</td><td>{Per(currency, c.School)}</td>" : "<td colspan=\"3\">no cost: block</td>").Append("</tr>");
            }

            html.Append("</table><p class=\"meta\">Total cost: facilitator-weeks, participant days away (every network member, each convening and site visit), convenings and site visits over the run; the interval maps the 95 % interval of the mean head count.</p>");
        }

        html.Append("<h2>Every outcome</h2><table><tr><th>outcome</th>");
        foreach (var d in designs)
        {
            html.Append("<th>").Append(E(d.Scenario.Name)).Append("</th>");
        }

        for (var d = 1; d < designs.Count; d++)
        {
            html.Append("<th>").Append(E(designs[d].Scenario.Name)).Append(" − ").Append(E(first.Name)).Append("</th><th>ahead</th>");
        }

        html.Append("</tr>");
        foreach (var o in outcomes)
        {
            // Shares of staff as percentages and their differences in points; counts, ticks and trust as they are.
            var share = IsShare(o.Outcome);
            string V(double v) => share ? Pct(v) : F(v);
            string D(double v) => share ? (double.IsFinite(v) ? (v * 100).ToString("+0.0;−0.0;0", CultureInfo.InvariantCulture) : "–") : Signed(v);
            html.Append("<tr><td>").Append(E(o.Outcome)).Append(share ? " (%)" : "").Append("</td>");
            foreach (var e in o.Designs)
            {
                html.Append("<td>").Append(V(e.Mean)).Append(" (").Append(V(e.Low)).Append("–").Append(V(e.High)).Append(")</td>");
            }

            for (var d = 1; d < designs.Count; d++)
            {
                var p = o.VsFirst[d];
                html.Append("<td>").Append(D(p.Mean)).Append(share ? " points" : "").Append(" (").Append(D(p.Low)).Append(" to ").Append(D(p.High)).Append(")</td><td>")
                    .Append(p.Pairs == 0 ? "" : $"{F(p.ShareAhead * p.Pairs)} of {p.Pairs}").Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
        foreach (var plot in plots)
        {
            html.Append("<figure><img src=\"").Append(E(plot.File)).Append("\" alt=\"").Append(E(plot.File)).Append("\"><figcaption>").Append(E(plot.Caption)).Append("</figcaption></figure>");
        }

        html.Append("<h2>Provenance</h2><p class=\"meta\">").Append(E(provenance.Program)).Append(' ').Append(E(provenance.Version)).Append(", commit ").Append(E(provenance.Commit))
            .Append(", ").Append(E(provenance.Runtime)).Append(".<br>Command: <code>").Append(E(provenance.Command)).Append("</code><br>The data: <a href=\"runs.csv\">runs.csv</a>, ")
            .Append("<a href=\"timeseries.csv\">timeseries.csv</a>; every estimate, seed and resolved design: <a href=\"compare.json\">compare.json</a>.</p></body></html>\n");
        return html.ToString();
    }

    /// <summary>One plain sentence: who is ahead on what, by how much, how sure.</summary>
    public static string Sentence(string a, string b, string what, MeanEstimate ea, MeanEstimate eb, PairedDifference diff, bool share)
    {
        string V(double v) => share ? Pct(v) : F(v);
        var unit = share ? " points" : "";
        var scale = share ? 100 : 1;
        var clear = diff.Low > 0 || diff.High < 0;
        var verdict = !clear
            ? $"On the {E(what)}, the two designs cannot be told apart: {E(b)} {V(eb.Mean)} against {E(a)} {V(ea.Mean)}"
            : diff.Mean > 0 ? $"<strong>{E(b)}</strong> does better on the {E(what)}: {V(eb.Mean)} against {V(ea.Mean)}" : $"<strong>{E(a)}</strong> does better on the {E(what)}: {V(ea.Mean)} against {V(eb.Mean)}";
        // Shares in percentage points to one decimal; counts to two.
        string D(double v) => share ? (v * scale).ToString("+0.0;−0.0;0", CultureInfo.InvariantCulture) : Signed(v);
        return $"{verdict} (difference {D(diff.Mean)}{unit}, 95 % interval {D(diff.Low)} to {D(diff.High)}); " +
               $"{E(b)} came out ahead in {F(diff.ShareAhead * diff.Pairs)} of {diff.Pairs} paired simulations.";
    }

    private static string Per(string currency, CostPer c) =>
        c.Mean is { } m ? $"{E(ComparisonText.Money(currency, m))} ({(c.Low is { } l ? Money(l) : "?")}–{(c.High is { } h ? Money(h) : "no upper bound")})" : "none reached";

    /// <summary>The outcomes that are shares of staff (0–1 in the data files), shown as percentages.</summary>
    public static bool IsShare(string outcome) =>
        outcome.EndsWith(".final_adoption", StringComparison.Ordinal) || outcome.EndsWith(".final_in_network", StringComparison.Ordinal) || outcome.EndsWith(".final_back_home", StringComparison.Ordinal);

    private static string Short(string value) => value.Length <= 60 ? value : value[..57] + "...";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string F(double value) => double.IsFinite(value) ? value.ToString("0.###", CultureInfo.InvariantCulture) : "–";

    private static string Signed(double value) => double.IsFinite(value) ? value.ToString("+0.###;−0.###;0", CultureInfo.InvariantCulture) : "–";

    private static string Money(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Pct(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
