using NetworkSim.Runner.Running;

namespace NetworkSim.Runner.Output;

/// <summary>Headline results of a scenario: final adoption with intervals and time to 10, 50 and 90 % per practice.</summary>
public static class ResultsSummary
{
    public static readonly double[] Levels = [0.1, 0.5, 0.9];

    /// <summary>Mean adoption still rising by more than this (1 percentage point) over the last 10 % of ticks counts as still rising.</summary>
    public const double StillRisingAbove = 0.01;

    public static IReadOnlyList<PracticeSummary> Practices(ScenarioResults results)
    {
        var list = new List<PracticeSummary>();
        for (var k = 0; k < results.Scenario.Practices.Count; k++)
        {
            var practice = k;
            var finals = results.Replicates.Select(r => r.Ticks[^1]).ToArray();
            list.Add(new PracticeSummary(
                results.Scenario.Practices[k].Name,
                Interval.Of(finals.Select(m => m.Value("adoption_fraction", practice)).ToArray(), 0, 1),
                Interval.Of(finals.Select(m => m.Value("in_network_fraction", practice)).ToArray(), 0, 1),
                Interval.Of(finals.Select(m => m.Value("back_home_fraction", practice)).ToArray(), 0, 1),
                finals[0].Computes("schools_institutionalised")
                    ? Interval.Of(finals.Select(m => m.Value("schools_institutionalised", practice)).ToArray(), 0, double.PositiveInfinity)
                    : null,
                Levels.Select(level => TimeTo(results, practice, level)).ToArray(),
                End(results, practice)));
        }

        return list;
    }

    /// <summary>The rise of mean adoption over the last 10 % of the run's ticks (at least one), each replicate to its own last tick.</summary>
    public static EndTrend End(ScenarioResults results, int practice)
    {
        var over = Math.Max(1, (int)Math.Ceiling(results.Scenario.Ticks / 10.0));
        var rise = results.Replicates
            .Select(r => r.Ticks[^1].AdoptionFraction(practice) - r.Ticks[Math.Max(0, r.Ticks.Count - 1 - over)].AdoptionFraction(practice))
            .Average();
        return new EndTrend(rise > StillRisingAbove, rise, over);
    }

    private static TimeToLevel TimeTo(ScenarioResults results, int practice, double level)
    {
        var times = results.Replicates
            .Select(r => r.Ticks.FirstOrDefault(m => m.AdoptionFraction(practice) >= level)?.Tick)
            .Where(t => t is not null)
            .Select(t => (double)t!.Value)
            .ToArray();
        return times.Length == 0
            ? new TimeToLevel(level, 0, results.Replicates.Count, null, null, null)
            : new TimeToLevel(level, times.Length, results.Replicates.Count, Model.Metrics.Statistics.Quantile(times, 0.5), times.Min(), times.Max());
    }
}
