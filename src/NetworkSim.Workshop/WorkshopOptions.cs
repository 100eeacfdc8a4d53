namespace NetworkSim.Workshop;

/// <summary>How <c>networksim serve</c> runs the page.</summary>
/// <param name="Scenario">The scenario offered first, or null.</param>
/// <param name="ScenarioFolder">A folder of scenarios to offer as well (e.g. <c>scenarios/</c>), or null.</param>
/// <param name="Port">The loopback port; 0 picks a free one.</param>
/// <param name="IdleTimeout">How long a session nobody listens to or calls is kept (its tab closed or gone).</param>
public sealed record WorkshopOptions(string? Scenario, string? ScenarioFolder, int Port = 0, TimeSpan? IdleTimeout = null)
{
    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromSeconds(60);
}
