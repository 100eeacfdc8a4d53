using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.Scenarios;

/// <summary>A fully resolved scenario: every default filled in. With a seed, it determines a run completely.</summary>
public sealed record Scenario
{
    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public ulong Seed { get; init; } = 1;

    public int Replicates { get; init; } = 10;

    /// <summary>Ticks (weeks) to simulate.</summary>
    public int Ticks { get; init; } = 52;

    public required NetworkDesign Network { get; init; }

    public required IReadOnlyList<PracticeSpec> Practices { get; init; }

    public FacilitationSpec Facilitators { get; init; } = new();

    public ScheduleSpec Schedule { get; init; } = new();

    public ModelParameters Parameters { get; init; } = new();

    /// <summary>The rules that move participants (the networked-improvement model unless a textbook model is chosen).</summary>
    public RuleSet Rules { get; init; } = new();

    /// <summary>Stop early once nothing has changed for this many ticks (0 = always run every tick).</summary>
    public int StopWhenUnchangedFor { get; init; }
}
