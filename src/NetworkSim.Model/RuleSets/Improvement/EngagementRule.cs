using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.RuleSets.Improvement;

/// <summary>
/// Mechanism 7: engagement rises with the value a member gets from the network, both what it learns and what it
/// contributes to others (000:L22: value from a collective vision "larger than their individual learning aims"),
/// ebbs in stale ticks, and is regained from expert input. Drifting away is a hazard, not a floor: each tick a member
/// leaves with a chance that grows as its engagement falls (000:L54: "some members may find less connection to the LC
/// and it is natural to become less engaged or drop out"), so members leave at different times.
/// </summary>
internal static class EngagementRule
{
    /// <param name="p">Engagement parameters.</param>
    /// <param name="engagement">Engagement before the tick.</param>
    /// <param name="gained">Mean knowledge gained per practice in the tick.</param>
    /// <param name="contributed">Mean knowledge per practice the member passed on to other network members in the tick.</param>
    /// <param name="boost">Engagement regained from expert input.</param>
    public static double Next(EngagementParameters p, double engagement, double gained, double contributed, double boost)
    {
        var value = p.ValueGain * gained + p.ContributionGain * contributed;
        // Stale: the member neither learned nor (where contributing is valued) passed on value_threshold knowledge.
        var stale = gained < p.ValueThreshold && (p.ContributionGain == 0 || contributed < p.ValueThreshold) ? p.Staleness : 0;
        return Math.Clamp(engagement + value - stale + boost, 0, 1);
    }

    /// <summary>Chance per tick that a member with this engagement drifts away: <c>dropout_hazard x (1 - engagement)</c>.</summary>
    public static double DropoutChance(EngagementParameters p, double engagement) =>
        p.DropoutHazard * (1 - Math.Clamp(engagement, 0, 1));
}
