namespace NetworkSim.Runner.Sweeps;

/// <summary>
/// A sweep as read from its file: the base scenario, fixed changes to it, the swept keys and the expanded points.
/// Every run is a (point, replicate); replicate r has the same seed at every point (common random numbers).
/// </summary>
public sealed record SweepDefinition(
    string Name,
    string File,
    string BasePath,
    ulong Seed,
    int Replicates,
    SweepDesign Design,
    IReadOnlyList<KeyValuePair<string, string>> Fixed,
    IReadOnlyList<SweepParameter> Parameters,
    IReadOnlyList<SweepPoint> Points,
    bool Timeseries)
{
    public long Runs => (long)Points.Count * Replicates;

    /// <summary>The point scenario with the most participant-ticks (the resource guard's case), once every point has been read.</summary>
    public Model.Scenarios.Scenario? Largest { get; init; }

    /// <summary>The swept keys, in column order.</summary>
    public IReadOnlyList<string> Keys => Parameters.Select(p => p.Key).ToArray();

    /// <summary>What the runner runs: each point read from the base scenario with its values, and <see cref="RunOutcomes"/>.</summary>
    public RunPlan Plan(Model.Scenarios.Scenario baseScenario) =>
        new(Keys, Points, Replicates, Timeseries, RunOutcomes.Columns(baseScenario.Practices), point => SweepReader.Scenario(this, point),
            (scenario, run) => RunOutcomes.Values(scenario.Practices.Count, run));

    /// <summary>The <c>--set</c> assignments that make a point's scenario, after the fixed ones.</summary>
    public IEnumerable<string> Assignments(SweepPoint point) =>
        Parameters.Select((p, i) => (p.Key, Value: point.Values[i])).Where(x => x.Value.Length > 0).Select(x => $"{x.Key}={x.Value}");
}
