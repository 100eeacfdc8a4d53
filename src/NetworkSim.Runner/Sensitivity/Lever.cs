namespace NetworkSim.Runner.Sensitivity;

/// <summary>
/// A setting the sensitivity table moves from a low to a high value, as <c>--set</c> assignments (so every value goes
/// through the scenario reader's range checks). A design lever is something a funder or organiser chooses.
/// </summary>
/// <param name="Key">The scenario key, e.g. <c>facilitators.count</c> or <c>parameters.trust.growth</c>.</param>
/// <param name="Low">The low value as written after <c>=</c>.</param>
/// <param name="High">The high value as written after <c>=</c>.</param>
/// <param name="Design">True for a design lever, false for a behavioural parameter.</param>
/// <param name="Label">How the table names the change, when the values alone would not say it.</param>
public sealed record Lever(string Key, string Low, string High, bool Design, string? Label = null)
{
    public string Change => Label ?? $"{Low} → {High}";
}
