using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Tests.Engine;

/// <summary>The network ticks the tests of a school's tick step with.</summary>
internal static class TestTicks
{
    /// <summary>Tick 0: no convening, site visit or expert input, one practice at no prevalence, no staleness.</summary>
    public static NetworkTick Zero { get; } = new(0, false, false, false, [0.0], 0, [], [0.0]);
}
