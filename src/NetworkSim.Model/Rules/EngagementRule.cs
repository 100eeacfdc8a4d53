using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.Rules;

/// <summary>Mechanism 7: engagement rises with the value a member gets, ebbs in stale ticks; below a floor the member drops out.</summary>
public static class EngagementRule
{
    /// <param name="p">Engagement parameters.</param>
    /// <param name="engagement">Engagement before the tick.</param>
    /// <param name="value">Mean knowledge gained per practice in the tick.</param>
    /// <param name="boost">Engagement regained from expert input.</param>
    public static double Next(EngagementParameters p, double engagement, double value, double boost)
    {
        var stale = value < p.ValueThreshold ? p.Staleness : 0;
        return Math.Clamp(engagement + p.ValueGain * value - stale + boost, 0, 1);
    }

    public static bool DropsOut(EngagementParameters p, double engagement) => engagement < p.DropoutBelow;
}
