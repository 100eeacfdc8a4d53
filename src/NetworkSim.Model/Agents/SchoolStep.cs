using NetworkSim.Model.Metrics;
using NetworkSim.Model.Rules;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Agents;

/// <summary>A school's own rules between ticks: its support for change, and its tally of its participants.</summary>
public static class SchoolStep
{
    /// <summary>Bins of the opinion histogram each school reports.</summary>
    public const int OpinionBins = 100;

    /// <summary>Support at t + 1 from the school's participants at t (mechanisms 6 and 8); its active members are away at a convening.</summary>
    public static double NextSupport(RunModel run, int school, double support, IReadOnlyList<PeerState> staffAtT, bool convening)
    {
        var network = run.Network;
        var engagedLeader = false;
        var engagedMembers = 0;
        int leaders = 0, leaderPractices = 0;
        foreach (var peer in staffAtT)
        {
            var leader = network.Role[peer.Index] == Role.Leader;
            engagedLeader |= leader && peer.Active;
            engagedMembers += peer.Active ? 1 : 0;
            if (leader)
            {
                leaders++;
                leaderPractices += System.Numerics.BitOperations.PopCount(peer.Practising);
            }
        }

        var practices = Math.Max(1, run.PracticeCount);
        var leadersPractising = leaders == 0 ? 0 : (double)leaderPractices / (leaders * practices);
        var away = convening && staffAtT.Count > 0 ? (double)engagedMembers / staffAtT.Count : 0;
        return SchoolSupportRule.Next(run.Parameters.School, support, network.InitialSupport[school], engagedLeader, engagedMembers, leadersPractising, away);
    }

    /// <summary>Which practices the school has institutionalised, from its participants' states.</summary>
    public static ulong Institutionalised(RunModel run, IReadOnlyList<PeerState> staff)
    {
        ulong mask = 0;
        for (var k = 0; k < run.PracticeCount; k++)
        {
            var practising = staff.Count(s => s.Practises(k));
            if (SchoolSupportRule.Institutionalised(run.Parameters.BackHome, practising, staff.Count))
            {
                mask |= 1UL << k;
            }
        }

        return mask;
    }

    public static SchoolTally Tally(RunModel run, int school, int tick, double support, IReadOnlyList<ParticipantReport> reports)
    {
        var network = run.Network;
        var count = run.PracticeCount;
        var adopters = new int[count];
        var memberAdopters = new int[count];
        var roleAdopters = new int[count * 4];
        var knowledge = new double[count];
        var activeKnowledge = new double[count];
        var recovered = new int[count];
        var histogram = new int[OpinionBins];
        var opinion = 0.0;
        int members = 0, active = 0, crossEnds = 0, colleagueEnds = 0;
        double engagement = 0, crossTrust = 0, colleagueTrust = 0;
        foreach (var report in reports)
        {
            var peer = report.State;
            var member = network.InNetwork[peer.Index];
            members += member ? 1 : 0;
            active += peer.Active ? 1 : 0;
            engagement += member ? peer.Engagement : 0;
            crossTrust += report.CrossTrust;
            crossEnds += report.CrossTies;
            colleagueTrust += report.ColleagueTrust;
            colleagueEnds += report.ColleagueTies;
            opinion += peer.Opinion;
            histogram[Math.Min(OpinionBins - 1, (int)(peer.Opinion * OpinionBins))]++;
            for (var k = 0; k < count; k++)
            {
                knowledge[k] += peer.Knowledge[k];
                activeKnowledge[k] += peer.Active ? peer.Knowledge[k] : 0;
                recovered[k] += (peer.Recovered & (1UL << k)) != 0 ? 1 : 0;
                if (peer.Practises(k))
                {
                    adopters[k]++;
                    memberAdopters[k] += member ? 1 : 0;
                    roleAdopters[k * 4 + (int)network.Role[peer.Index]]++;
                }
            }
        }

        return new SchoolTally
        {
            School = school,
            Tick = tick,
            Staff = reports.Count,
            Members = members,
            ActiveMembers = active,
            Support = support,
            Adopters = adopters,
            MemberAdopters = memberAdopters,
            RoleAdopters = roleAdopters,
            KnowledgeSum = knowledge,
            Recovered = recovered,
            OpinionSum = opinion,
            OpinionHistogram = histogram,
            ActiveMemberKnowledgeSum = activeKnowledge,
            Institutionalised = Institutionalised(run, reports.Select(r => r.State).ToArray()),
            MemberEngagementSum = engagement,
            CrossTrust = crossTrust,
            CrossTieEnds = crossEnds,
            ColleagueTrust = colleagueTrust,
            ColleagueTieEnds = colleagueEnds,
            Events = reports.SelectMany(r => r.Events).ToArray(),
            DroppedOut = reports.Where(r => r.DroppedOutNow).Select(r => r.State.Index).ToArray(),
        };
    }
}
