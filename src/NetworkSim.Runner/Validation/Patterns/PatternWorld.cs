namespace NetworkSim.Runner.Validation.Patterns;

/// <summary>
/// The settings a pattern is checked under: the model's defaults, or one assumption moved to the low or high end of
/// its plausible range (one at a time), as <c>--set</c> assignments applied to every scenario the pattern runs.
/// </summary>
/// <param name="Name">"defaults", or e.g. "school.time_away = 0 (low)".</param>
/// <param name="Sets">The assignments, e.g. <c>parameters.school.time_away=0</c>.</param>
/// <param name="Parameter">The assumption's key, or null for the defaults.</param>
public sealed record PatternWorld(string Name, IReadOnlyList<string> Sets, string? Parameter = null)
{
    public static readonly PatternWorld Defaults = new("defaults", []);
}
