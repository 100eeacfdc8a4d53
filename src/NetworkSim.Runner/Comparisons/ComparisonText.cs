using static NetworkSim.Runner.Output.TextFormat;

namespace NetworkSim.Runner.Comparisons;

/// <summary>
/// What <c>compare</c> prints (and its report's answer): a one-sentence answer for each design against the first,
/// then each design's share practising (percent) and head count with the paired difference, the costs in their
/// currency, and <c>--explain</c>'s steps. Shares are percentages and differences percentage points.
/// </summary>
public static class ComparisonText
{
    public static IReadOnlyList<string> Lines(IReadOnlyList<DesignRuns> runs, IReadOnlyList<ExplainStep>? steps)
    {
        var outcomes = OutcomeComparison.Of(runs);
        var practice = runs[0].Scenario.Practices[0].Name;
        var share = outcomes.First(o => o.Outcome == $"{practice}.final_adoption");
        var people = outcomes.First(o => o.Outcome == $"{practice}.adopters");
        var costs = runs.Select((d, i) => ComparisonOutputs.Costs(d, outcomes, i)).ToArray();
        var a = runs[0].Scenario.Name;
        var lines = new List<string>();
        for (var d = 1; d < runs.Count; d++)
        {
            var b = runs[d].Scenario.Name;
            var priced = costs[0] is { } ca && costs[d] is { } cb;
            lines.Add("answer: " + Answer(a, b, share.Designs[0], share.Designs[d], share.VsFirst[d], people.Designs[0], people.Designs[d], people.VsFirst[d],
                priced ? costs[0]!.Value.Adopter : null, priced ? costs[d]!.Value.Adopter : null, runs[d].Cost?.Currency));
        }

        for (var d = 1; d < runs.Count; d++)
        {
            var b = runs[d].Scenario.Name;
            var s = share.VsFirst[d];
            var p = people.VsFirst[d];
            lines.Add($"{practice}, share of all staff practising at the end: {b} {Percent(share.Designs[d].Mean)} vs {a} {Percent(share.Designs[0].Mean)}, " +
                $"difference {Points(s.Mean)} points (95 % interval {Points(s.Low)} to {Points(s.High)}), {b} ahead in {Number(s.ShareAhead * s.Pairs, "0.#")} of {s.Pairs}");
            lines.Add($"{practice}, staff practising at the end: {b} {Number(people.Designs[d].Mean, "0.0")} vs {a} {Number(people.Designs[0].Mean, "0.0")} people, " +
                $"difference {Number(p.Mean, "+0.0;-0.0;0.0")} (95 % interval {Number(p.Low, "+0.0;-0.0;0.0")} to {Number(p.High, "+0.0;-0.0;0.0")}), {b} ahead in {Number(p.ShareAhead * p.Pairs, "0.#")} of {p.Pairs}");
        }

        for (var d = 0; d < runs.Count; d++)
        {
            if (costs[d] is { } c)
            {
                var currency = runs[d].Cost!.Currency;
                lines.Add($"cost of {runs[d].Scenario.Name}: {Money(currency, c.Adopter.Total)} in total; per adopter {PerUnit(currency, c.Adopter)}; per institutionalised school {PerUnit(currency, c.School)}");
            }
        }

        lines.AddRange(Explain(runs, steps ?? []));
        return lines;
    }

    /// <summary>
    /// The answer in one sentence: B's share of its staff practising against A's with the paired difference and
    /// whether the designs tie on it (its 95 % interval holds 0), then the head count, then the cost per adopter
    /// when both designs have one.
    /// </summary>
    public static string Answer(string a, string b, MeanEstimate shareA, MeanEstimate shareB, PairedDifference share,
        MeanEstimate peopleA, MeanEstimate peopleB, PairedDifference people, CostPer? costA = null, CostPer? costB = null, string? currency = null)
    {
        var points = Math.Round(share.Mean * 100, 1);
        var how = points == 0 ? "the same share" : $"{Number(Math.Abs(points), "0.0")} points {(points > 0 ? "more" : "fewer")}";
        var verdict = Includes0(share) ? "the designs tie on share" : share.Mean > 0 ? $"{b} does better on share" : $"{a} does better on share";
        var count = Math.Round(people.Mean, 1);
        var heads = count == 0
            ? $"{b} reaches as many people as {a} ({Number(peopleB.Mean, "0.0")})"
            : $"{b} reaches {Number(Math.Abs(count), "0.0")} {(count > 0 ? "more" : "fewer")} people ({Number(peopleB.Mean, "0.0")} against {Number(peopleA.Mean, "0.0")})";
        var tie = Includes0(people) ? $", a tie (95 % interval {Number(people.Low, "+0.0;-0.0;0.0")} to {Number(people.High, "+0.0;-0.0;0.0")})" : "";
        var cost = costA?.Mean is { } ma && costB?.Mean is { } mb && currency is not null
            ? $"; per adopter {b} costs {Money(currency, mb)} against {Money(currency, ma)} for {a}"
            : "";
        return $"{b} reaches {Percent(shareB.Mean)} of its staff against {Percent(shareA.Mean)} for {a}, {how} (95 % interval {Points(share.Low)} to {Points(share.High)}): " +
               $"{verdict}; {heads}{tie}{cost}.";
    }

    /// <summary><c>--explain</c>'s lines: each factor's change in final adoption and the share of the gap it closes, or that the designs tie.</summary>
    public static IEnumerable<string> Explain(IReadOnlyList<DesignRuns> runs, IReadOnlyList<ExplainStep> steps) =>
        steps.Select(step => step.ShareDifference is { } d
            ? $"explain: {runs[1].Scenario.Name} with {step.Factor.Name} as in {runs[0].Scenario.Name}: final adoption {Points(d.Mean)} points (95 % interval {Points(d.Low)} to {Points(d.High)}), " +
              (step.GapClosed is { } g ? $"{Number(g * 100, "0")} % of the gap" : step.DesignsTie ? "no share of the gap: the designs tie" : "no gap to share")
            : $"explain: {step.Factor.Name}: not run on its own ({step.Factor.Problem})");

    /// <summary>A cost in its currency, whole units with thousands separators: EUR 3,615.</summary>
    public static string Money(string currency, double value) => $"{currency} {Number(value, "#,0")}";

    private static string PerUnit(string currency, CostPer c) =>
        c.Mean is { } m ? $"{Money(currency, m)} (95 % interval {(c.Low is { } l ? Number(l, "#,0") : "?")} to {(c.High is { } h ? Number(h, "#,0") : "no upper bound")})" : "none reached";

    private static bool Includes0(PairedDifference d) => !(d.Low > 0 || d.High < 0);
}
