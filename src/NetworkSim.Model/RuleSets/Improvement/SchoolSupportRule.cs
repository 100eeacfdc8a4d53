using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.RuleSets.Improvement;

/// <summary>
/// Mechanisms 6 and 8: a school's support for change grows while a senior leader takes part, while it has a
/// critical mass of engaged members, and as its leaders practise; it relaxes towards where it started; it falls
/// while its staff are away at convenings (000:L30: "several core team members may be away at the same time"), and
/// to competing urgent needs when no senior leader in the network protects the work (004:L45).
/// </summary>
internal static class SchoolSupportRule
{
    /// <param name="awayShare">Share of the school's staff away at a convening this tick (0 in other ticks); they are away
    /// for away_days of the five-day week, so the school gives up awayShare x away_days / 5 of its staff-time.</param>
    public static double Next(SchoolParameters p, double support, double initial, bool engagedLeader, int engagedMembers, double leadersPractising, double awayShare)
    {
        var growth = (engagedLeader ? p.LeaderPresence : 0)
            + (engagedMembers >= p.TeamCriticalMass ? p.TeamPresence : 0)
            + p.LeaderAdoption * leadersPractising;
        // 004:L45: "Participation by senior members ... can protect those committed to the work from being pulled to other 'urgent needs'".
        var unprotected = engagedLeader ? 0 : p.CompetingDemands * support;
        return Math.Clamp(support + growth * (1 - support) - p.SupportDecay * (support - initial) - p.TimeAway * awayShare * AwayWeekShare(p) * support - unprotected, 0, 1);
    }

    /// <summary>Share of a convening week a network member spends away from school.</summary>
    public static double AwayWeekShare(SchoolParameters p) => p.AwayDays / 5;

    /// <summary>A practice is institutionalised when enough of the school's staff practise it.</summary>
    public static bool Institutionalised(BackHomeParameters p, int practising, int staff) =>
        staff > 0 && practising >= p.InstitutionalisedAt * staff;
}
