namespace NetworkSim.Runner.Sensitivity;

/// <summary>One lever on one scenario: the paired change (high minus low, same seeds) in each outcome, with 95 % intervals.</summary>
/// <param name="Lever">The lever.</param>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Network">Change in final adoption among network members.</param>
/// <param name="BackHome">Change in final adoption among staff back home.</param>
/// <param name="Half">Change in ticks until half the network members practise (a run that never gets there counts as its last tick + 1).</param>
/// <param name="Note">Why the lever cannot act here (it is then not run), or empty.</param>
public sealed record SensitivityRow(Lever Lever, string Scenario, Effect Network, Effect BackHome, Effect Half, string Note = "")
{
    /// <summary>Whether some outcome moved by more than its interval (the interval excludes 0).</summary>
    public bool Moves => Note.Length == 0 && (Network.Excludes0 || BackHome.Excludes0 || Half.Excludes0);
}
