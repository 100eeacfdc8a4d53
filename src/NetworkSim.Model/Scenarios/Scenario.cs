using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.Scenarios;

/// <summary>A fully resolved scenario: every default filled in. With a seed, it determines a run completely.</summary>
public sealed record Scenario
{
    [Parameter("a text of printable characters", "The run's name, which names its default results folder.", "design", DefaultNote = "the file's name")]
    public required string Name { get; init; }

    [Parameter("a text", "What the scenario is for, shown in the workshop's list and the report.", "design")]
    public string Description { get; init; } = "";

    [Parameter("a whole number from 0 to 18446744073709551615", "The seed from which every random draw of the run follows; the same seed gives the same output.", "design")]
    public ulong Seed { get; init; } = 1;

    [Parameter(1, 10_000, "runs", "Runs of the same design, each with its own draws from `seed`; the outputs report their mean and spread.", "design")]
    public int Replicates { get; init; } = 10;

    /// <summary>Ticks (weeks) to simulate.</summary>
    [Parameter(1, 100_000, "ticks (weeks)", "Ticks to simulate; a tick is one school week.", "design")]
    public int Ticks { get; init; } = 52;

    public required NetworkDesign Network { get; init; }

    public required IReadOnlyList<PracticeSpec> Practices { get; init; }

    public FacilitationSpec Facilitators { get; init; } = new();

    public ScheduleSpec Schedule { get; init; } = new();

    public ModelParameters Parameters { get; init; } = new();

    /// <summary>The rules that move participants (the networked-improvement model unless a textbook model is chosen).</summary>
    public RuleSet Rules { get; init; } = new();

    /// <summary>Stop early once nothing has changed for this many ticks (0 = always run every tick).</summary>
    [Parameter(0, 100_000, "ticks", "Ends a run once nothing has changed for this many ticks (0 = run every tick).", "design", Key = "stop.unchanged_for")]
    public int StopWhenUnchangedFor { get; init; }
}
