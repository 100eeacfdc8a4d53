using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;
using NetworkSim.Model.Randomness;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// Runs in this process through the sequential reference <see cref="Simulation"/> (as the sensitivity table does):
/// no silo, no messages, about twice as fast as the embedded silo on the workshop demo; stops between ticks when cancelled.
/// </summary>
public sealed class ReferenceSimulator : ICalibrationSimulator
{
    public string Description => "in this process (the sequential reference, which the grains match byte for byte)";

    public Task<IReadOnlyList<TickMetrics>> RunAsync(Scenario scenario, ulong seed, string label, CancellationToken cancellation) => Task.Run(() =>
    {
        var simulation = new Simulation(new RunModel(scenario, CounterRandom.ReplicateSeed(seed, 0)));
        var ticks = new List<TickMetrics>(scenario.Ticks + 1) { simulation.State.Last };
        while (!simulation.Finished)
        {
            cancellation.ThrowIfCancellationRequested();
            ticks.Add(simulation.Step());
        }

        return (IReadOnlyList<TickMetrics>)ticks;
    }, cancellation);
}
