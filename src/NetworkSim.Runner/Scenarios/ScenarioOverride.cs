namespace NetworkSim.Runner.Scenarios;

/// <summary>
/// One command-line change to a scenario: the option it came from (<c>--set</c>, <c>--ticks</c>, ...) and its
/// <c>key.path=value</c>. A problem with it names the option, never a line of the file.
/// </summary>
public sealed record ScenarioOverride(string Option, string Assignment)
{
    public const string Set = "--set";

    public static ScenarioOverride FromSet(string assignment) => new(Set, assignment);
}
