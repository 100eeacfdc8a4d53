using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Metrics;

/// <summary>Adds school tallies into a run's tick metrics, always in school order so sums are bit-for-bit reproducible.</summary>
public static class MetricsAggregator
{
    public static TickMetrics Combine(int tick, int practiceCount, IReadOnlyList<SchoolTally> tallies, int brokeredTies)
    {
        var schools = tallies.OrderBy(t => t.School).ToArray();
        int participants = 0, members = 0, active = 0, crossEnds = 0, colleagueEnds = 0;
        double engagement = 0, crossTrust = 0, colleagueTrust = 0, support = 0, opinion = 0;
        var histogram = new int[SchoolStep.OpinionBins];
        foreach (var s in schools)
        {
            participants += s.Staff;
            members += s.Members;
            active += s.ActiveMembers;
            engagement += s.MemberEngagementSum;
            crossTrust += s.CrossTrust;
            crossEnds += s.CrossTieEnds;
            colleagueTrust += s.ColleagueTrust;
            colleagueEnds += s.ColleagueTieEnds;
            support += s.Support;
            opinion += s.OpinionSum;
            for (var b = 0; b < histogram.Length; b++)
            {
                histogram[b] += s.OpinionHistogram[b];
            }
        }

        var practices = new PracticeMetrics[practiceCount];
        var activeKnowledge = new double[practiceCount];
        for (var k = 0; k < practiceCount; k++)
        {
            int adopters = 0, memberAdopters = 0, institutionalised = 0, recovered = 0;
            double knowledge = 0, memberKnowledge = 0;
            var roles = new int[4];
            var perSchool = new double[schools.Length];
            for (var s = 0; s < schools.Length; s++)
            {
                var tally = schools[s];
                adopters += tally.Adopters[k];
                memberAdopters += tally.MemberAdopters[k];
                recovered += tally.Recovered[k];
                knowledge += tally.KnowledgeSum[k];
                memberKnowledge += tally.ActiveMemberKnowledgeSum[k];
                institutionalised += (tally.Institutionalised & (1UL << k)) != 0 ? 1 : 0;
                for (var r = 0; r < 4; r++)
                {
                    roles[r] += tally.RoleAdopters[k * 4 + r];
                }

                perSchool[s] = tally.Staff == 0 ? 0 : (double)tally.Adopters[k] / tally.Staff;
            }

            activeKnowledge[k] = active == 0 ? 0 : memberKnowledge / active;
            practices[k] = new PracticeMetrics(adopters, memberAdopters, adopters - memberAdopters, roles,
                participants == 0 ? 0 : knowledge / participants, institutionalised, perSchool, Statistics.Gini(perSchool), recovered);
        }

        return new TickMetrics
        {
            Tick = tick,
            Participants = participants,
            Members = members,
            Practices = practices,
            MeanTrust = crossEnds == 0 ? 0 : crossTrust / crossEnds,
            Ties = crossEnds / 2,
            MeanColleagueTrust = colleagueEnds == 0 ? 0 : colleagueTrust / colleagueEnds,
            EngagedFraction = members == 0 ? 0 : (double)active / members,
            MeanEngagement = members == 0 ? 0 : engagement / members,
            DroppedOut = members - active,
            BrokeredTies = brokeredTies,
            MeanSupport = schools.Length == 0 ? 0 : support / schools.Length,
            MeanOpinion = participants == 0 ? 0 : opinion / participants,
            OpinionClusters = Rules.Classic.BoundedConfidenceRule.Clusters(histogram),
            Events = schools.SelectMany(s => s.Events).OrderBy(e => e.Participant).ThenBy(e => e.Practice).ToArray(),
            ActiveMemberKnowledge = activeKnowledge,
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
