using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Running;

namespace NetworkSim.Runner.Sweeps;

/// <summary>
/// What <see cref="SweepRunner"/> runs: every (point, replicate), each point's scenario, and the outcome columns each
/// run writes to <c>runs.csv</c>. A sweep file makes one (<see cref="SweepDefinition.Plan"/>), and so does a comparison
/// of designs across plausible worlds (a point per world and design), so both stream, resume and sort alike.
/// </summary>
/// <param name="Keys">The columns between <c>point, replicate, seed</c> and the outcomes (a point's values, in order).</param>
/// <param name="Points">Every point, in the order runs.csv ends in.</param>
/// <param name="Replicates">Replicates per point; replicate r has the same seed at every point.</param>
/// <param name="Timeseries">Whether each run's time series is kept and assembled into timeseries.csv.</param>
/// <param name="Outcomes">The outcome column names.</param>
/// <param name="ScenarioOf">A point's scenario (read when the point's first run starts).</param>
/// <param name="OutcomesOf">One run's outcome values, in <paramref name="Outcomes"/>' order (null: no value).</param>
public sealed record RunPlan(
    IReadOnlyList<string> Keys,
    IReadOnlyList<SweepPoint> Points,
    int Replicates,
    bool Timeseries,
    IReadOnlyList<string> Outcomes,
    Func<SweepPoint, Scenario> ScenarioOf,
    Func<Scenario, ReplicateResult, double?[]> OutcomesOf)
{
    public long Runs => (long)Points.Count * Replicates;
}
