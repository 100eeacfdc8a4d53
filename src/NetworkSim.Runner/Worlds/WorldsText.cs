using System.Globalization;

namespace NetworkSim.Runner.Worlds;

/// <summary>
/// What a comparison across worlds prints and its report opens with: the answer in one sentence a funder can read
/// (which design is better on the headline outcome in what share of the plausible worlds, with its 95 % interval, and
/// where the other is better, as PRIM's first box with its coverage and density), then each design's figures.
/// </summary>
public static class WorldsText
{
    public static IReadOnlyList<string> Lines(WorldsDefinition definition, WorldsResult result)
    {
        var lines = new List<string> { "answer: " + Answer(definition, result) };
        var currency = definition.Designs.FirstOrDefault(d => d.Cost is not null)?.Cost!.Currency;
        foreach (var d in result.HeadlineRobustness.Designs)
        {
            var clear = result.HeadlineRobustness.ClearlyBest is { } c ? $" ({Pct(c[result.HeadlineRobustness.Designs.ToList().IndexOf(d)])} beyond the replicate noise)" : "";
            lines.Add($"{d.Design}: best in {Pct(d.BestShare)} [{Pct0(d.BestShareInterval.Low)}, {Pct0(d.BestShareInterval.High)}] of {d.Worlds} worlds{clear}; " +
                $"{result.Headline} mean {Value(result.HeadlineKind, d.Mean, currency)} (5-95 % of worlds {Value(result.HeadlineKind, d.P5, currency)} to {Value(result.HeadlineKind, d.P95, currency)}); " +
                $"regret max {Difference(result.HeadlineKind, d.MaxRegret, currency)}, mean {Difference(result.HeadlineKind, d.MeanRegret, currency)}");
        }

        foreach (var pair in result.Pairs)
        {
            for (var i = 0; i < pair.Boxes.Count; i++)
            {
                var box = pair.Boxes[i].Box;
                lines.Add($"where {pair.Other} beats {pair.Usual}{(pair.OtherClearly is { } k ? $" beyond the replicate noise ({k} of {pair.Worlds} worlds)" : $" ({pair.OtherBetter} of {pair.Worlds} worlds)")}, box {i + 1}: {Limits(pair.Boxes[i])} " +
                    $"(coverage {Pct(box.Coverage)}, density {Pct(box.Density)}, {box.Points} worlds; quasi-p {string.Join(", ", pair.Boxes[i].Limits.Select(l => P(l.QuasiP)))})");
            }
        }

        return lines;
    }

    /// <summary>The answer in one sentence.</summary>
    public static string Answer(WorldsDefinition definition, WorldsResult result)
    {
        var robustness = result.HeadlineRobustness.Designs;
        var n = definition.Worlds.Count;
        var what = result.HeadlineKind.Meaning;
        var worlds = $"{n} plausible world{(n == 1 ? "" : "s")}";
        if (result.Pairs.All(p => p.UsualBetter == 0 && p.OtherBetter == 0))
        {
            return $"{Names(robustness.Select(r => r.Design).ToArray())} tie on {what} in every one of {worlds}.";
        }

        var best = robustness.OrderByDescending(r => r.BestShare).First();
        var index = robustness.ToList().IndexOf(best);
        var ties = result.Pairs.Any(p => p.UsualBetter + p.OtherBetter < p.Worlds) ? ", ties counted half" : "";
        var clearly = result.HeadlineRobustness.ClearlyBest is { } c ? $"{(ties.Length > 0 ? "; " : "")}{Pct(c[index])} beyond the replicate noise" : "";
        var note = ties.Length + clearly.Length > 0 ? $" ({ties.TrimStart(',', ' ')}{clearly})" : "";
        var text = $"{best.Design} is {(robustness.Count == 2 ? "better" : "best")} on {what} in {Pct(best.BestShare)} [{Pct0(best.BestShareInterval.Low)}, {Pct0(best.BestShareInterval.High)}] of {worlds}{note}";
        foreach (var pair in result.Pairs.Where(p => p.Usual == best.Design || p.Other == best.Design))
        {
            var (other, otherBetter, otherClearly) = pair.Usual == best.Design ? (pair.Other, pair.OtherBetter, pair.OtherClearly) : (pair.Usual, pair.UsualBetter, pair.UsualClearly);
            var than = robustness.Count == 2 ? "" : $" than {best.Design}";
            var beyond = otherClearly is { } k ? $" ({k} beyond the noise)" : "";
            var where = otherClearly is null ? "where" : "clearly where";
            text += pair.Usual != best.Design
                ? $"; {other} is better{than} in {otherBetter} of them{beyond}"
                : otherBetter == 0
                ? $"; {other} is better{than} in none"
                : pair.Boxes.Count == 0 && pair.Tendency is { } t
                ? $"; {other} is better{than} in {otherBetter} of them{beyond}, {(otherClearly is null ? "" : "beyond the noise ")}in {Pct(t.Box.Density)} of the worlds where {Limits(t)} " +
                  $"({Pct(OtherCases(pair) / (double)pair.Worlds)} of all; coverage {Pct(t.Box.Coverage)}) and in no region with significant limits in most worlds"
                : pair.Boxes.Count == 0
                ? $"; {other} is better{than} in {otherBetter} of them{beyond}, scattered: in no region with significant limits in most worlds"
                : $"; {other} is better{than} in {otherBetter} of them{beyond}, {where} {Limits(pair.Boxes[0])}: coverage {Pct(pair.Boxes[0].Box.Coverage)}, density {Pct(pair.Boxes[0].Box.Density)}" +
                  (pair.Boxes.Count > 1 ? $" (and in {pair.Boxes.Count - 1} more region{(pair.Boxes.Count > 2 ? "s" : "")}: robustness.json)" : "");
        }

        return text + ".";
    }

    /// <summary>The worlds PRIM looked for: where the other design is better beyond the replicate noise (or, with one replicate, better).</summary>
    private static int OtherCases(PairFlips pair) => pair.OtherClearly ?? pair.OtherBetter;

    /// <summary>A box's limits in words: <c>trust.growth &lt; 0.0412 and school.time_away &gt; 0.62</c>.</summary>
    public static string Limits(FlipBox box) => string.Join(" and ", box.Limits.Select(l =>
        l.Above is { } a && l.Below is { } b ? $"{G(a)} < {l.Key} < {G(b)}" : l.Above is { } above ? $"{l.Key} > {G(above)}" : $"{l.Key} < {G(l.Below!.Value)}"));

    /// <summary>An outcome's value in its units: a share in percent, weeks, people, schools, or money in its currency.</summary>
    public static string Value(WorldOutcome kind, double value, string? currency) => kind.Share
        ? N(value * 100, "0.0") + " %"
        : kind == WorldOutcomes.CostPerAdopter ? $"{currency} {N(value, "#,0")}" : N(value, "0.0") + (kind.Name.StartsWith("ticks", StringComparison.Ordinal) ? " weeks" : "");

    /// <summary>A difference or regret in the outcome's units: percentage points for a share.</summary>
    public static string Difference(WorldOutcome kind, double value, string? currency) => kind.Share
        ? N(value * 100, "0.0") + " points"
        : Value(kind, value, currency);

    public static string Pct(double share) => N(share * 100, "0") + " %";

    private static string Pct0(double share) => N(share * 100, "0");

    private static string P(double p) => p < 0.001 ? "< 0.001" : N(p, "0.000");

    public static string G(double value) => value.ToString("G3", CultureInfo.InvariantCulture);

    private static string Names(IReadOnlyList<string> names) =>
        names.Count <= 2 ? string.Join(" and ", names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    private static string N(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "-";
}
