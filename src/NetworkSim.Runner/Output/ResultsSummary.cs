using NetworkSim.Runner.Running;

namespace NetworkSim.Runner.Output;

/// <summary>Headline results of a scenario: final adoption with intervals and time to 10, 50 and 90 % per practice.</summary>
public static class ResultsSummary
{
    public static readonly double[] Levels = [0.1, 0.5, 0.9];

    public static IReadOnlyList<PracticeSummary> Practices(ScenarioResults results)
    {
        var list = new List<PracticeSummary>();
        for (var k = 0; k < results.Scenario.Practices.Count; k++)
        {
            var practice = k;
            var finals = results.Replicates.Select(r => r.Ticks[^1]).ToArray();
            list.Add(new PracticeSummary(
                results.Scenario.Practices[k].Name,
                Interval.Of(finals.Select(m => m.AdoptionFraction(practice)).ToArray()),
                Interval.Of(finals.Select(m => m.Members == 0 ? 0 : (double)m.Practices[practice].MemberAdopters / m.Members).ToArray()),
                Interval.Of(finals.Select(m => m.Participants == m.Members ? 0 : (double)m.Practices[practice].BackHomeAdopters / (m.Participants - m.Members)).ToArray()),
                Interval.Of(finals.Select(m => (double)m.Practices[practice].SchoolsInstitutionalised).ToArray()),
                Levels.Select(level => TimeTo(results, practice, level)).ToArray()));
        }

        return list;
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
