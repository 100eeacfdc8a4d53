using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Metrics;

/// <summary>Adds school tallies into a run's tick metrics, always in school order so sums are bit-for-bit reproducible.</summary>
internal static class MetricsAggregator
{
    public static TickMetrics Combine(int tick, int practiceCount, IReadOnlyList<SchoolTally> tallies, int brokeredTies)
    {
        var schools = tallies.OrderBy(t => t.School).ToArray();
        var totals = new double[MetricCatalog.Width(practiceCount)];
        var histogram = new int[SchoolStep.OpinionBins];
        double support = 0;
        foreach (var s in schools)
        {
            for (var i = 0; i < totals.Length; i++)
            {
                totals[i] += s.Sums[i];
            }

            support += s.Support;
            for (var b = 0; b < histogram.Length; b++)
            {
                histogram[b] += s.OpinionHistogram[b];
            }
        }

        var staff = MetricCatalog.Offset("participants", 0, practiceCount);
        var practices = new PracticeMetrics[practiceCount];
        for (var k = 0; k < practiceCount; k++)
        {
            var adopters = MetricCatalog.Offset("adopters", k, practiceCount);
            var institutionalised = 0;
            var perSchool = new double[schools.Length];
            for (var s = 0; s < schools.Length; s++)
            {
                var tally = schools[s];
                institutionalised += (tally.Institutionalised & (1UL << k)) != 0 ? 1 : 0;
                perSchool[s] = tally.Sums[staff] == 0 ? 0 : tally.Sums[adopters] / tally.Sums[staff];
            }

            practices[k] = new PracticeMetrics(institutionalised, perSchool, Statistics.Gini(perSchool));
        }

        return new TickMetrics
        {
            Tick = tick,
            Totals = totals,
            Practices = practices,
            BrokeredTies = brokeredTies,
            MeanSupport = schools.Length == 0 ? 0 : support / schools.Length,
            OpinionClusters = Rules.Classic.BoundedConfidenceRule.Clusters(histogram),
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
