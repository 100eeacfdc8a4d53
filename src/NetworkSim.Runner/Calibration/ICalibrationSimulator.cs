using NetworkSim.Model.Metrics;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// Runs one simulation of a calibration: the scenario (fitted values set) with a seed, every tick's metrics from 0.
/// The in-process reference and the grains give the same metrics byte for byte (ReferenceTests), so a calibration's
/// result does not depend on which runs it.
/// </summary>
public interface ICalibrationSimulator
{
    /// <summary>Where the runs run, for the console line that starts a calibration.</summary>
    string Description { get; }

    /// <param name="scenario">The scenario to run once.</param>
    /// <param name="seed">Run as replicate 0 of the scenario with this seed, as <c>networksim run --seed</c> would.</param>
    /// <param name="label">Names the run in a recovery line on a cluster ("generation 2, proposal 17").</param>
    Task<IReadOnlyList<TickMetrics>> RunAsync(Scenario scenario, ulong seed, string label, CancellationToken cancellation);
}
