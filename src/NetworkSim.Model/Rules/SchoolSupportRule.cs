using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.Rules;

/// <summary>
/// Mechanisms 6 and 8: a school's support for change grows while a senior leader takes part, while it has a
/// critical mass of engaged members, and as its leaders practise; it relaxes towards where it started.
/// </summary>
public static class SchoolSupportRule
{
    public static double Next(SchoolParameters p, double support, double initial, bool engagedLeader, int engagedMembers, double leadersPractising)
    {
        var growth = (engagedLeader ? p.LeaderPresence : 0)
            + (engagedMembers >= p.TeamCriticalMass ? p.TeamPresence : 0)
            + p.LeaderAdoption * leadersPractising;
        return Math.Clamp(support + growth * (1 - support) - p.SupportDecay * (support - initial), 0, 1);
    }

    /// <summary>A practice is institutionalised when enough of the school's staff practise it.</summary>
    public static bool Institutionalised(BackHomeParameters p, int practising, int staff) =>
        staff > 0 && practising >= p.InstitutionalisedAt * staff;
}
