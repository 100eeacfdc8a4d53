namespace NetworkSim.Model.Metrics;

/// <summary>Adds school tallies into a run's tick metrics, always in school order so sums are bit-for-bit reproducible.</summary>
internal static class MetricsAggregator
{
    /// <param name="held">What the run's rule set holds: a school-level quantity of anything else is not computed (stays 0).</param>
    public static TickMetrics Combine(int tick, int practiceCount, IReadOnlyList<SchoolTally> tallies, int brokeredTies, RuleSets.Quantities held)
    {
        var schools = tallies.OrderBy(t => t.School).ToArray();
        var totals = new double[MetricCatalog.Width(practiceCount)];
        foreach (var s in schools)
        {
            for (var i = 0; i < totals.Length; i++)
            {
                totals[i] += s.Sums[i];
            }
        }

        // Laid out as MetricCatalog.SchoolLevelOffset reads them: in catalogue order, one slot a practice where per practice.
        var levels = new double[MetricCatalog.SchoolLevelWidth(practiceCount)];
        var slot = 0;
        foreach (var level in MetricCatalog.SchoolLevels)
        {
            var computed = (level.Of & ~held) == 0;
            for (var k = 0; k < (level.PerPractice ? practiceCount : 1); k++)
            {
                levels[slot++] = computed ? level.Value(schools, k, practiceCount) : 0;
            }
        }

        var practices = new PracticeMetrics[practiceCount];
        for (var k = 0; k < practiceCount; k++)
        {
            practices[k] = new PracticeMetrics(MetricCatalog.SchoolAdoption(schools, k, practiceCount));
        }

        return new TickMetrics
        {
            Tick = tick,
            Totals = totals,
            Practices = practices,
            BrokeredTies = brokeredTies,
            SchoolLevels = levels,
            Held = held,
            Events = schools.SelectMany(s => s.Events).OrderBy(e => e.Participant).ThenBy(e => e.Practice).ToArray(),
            ExposureAtRisk = Sum(schools.Select(s => s.ExposureAtRisk)),
            ExposureAdopted = Sum(schools.Select(s => s.ExposureAdopted)),
        };
    }

    private static int[] Sum(IEnumerable<int[]> arrays)
    {
        int[] total = [];
        foreach (var a in arrays)
        {
            if (total.Length < a.Length)
            {
                Array.Resize(ref total, a.Length);
            }

            for (var i = 0; i < a.Length; i++)
            {
                total[i] += a[i];
            }
        }

        return total;
    }
}
