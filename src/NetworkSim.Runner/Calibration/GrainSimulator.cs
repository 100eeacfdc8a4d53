using NetworkSim.Model.Metrics;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Running;

namespace NetworkSim.Runner.Calibration;

/// <summary>Runs on the grains of a cluster (<c>--cluster</c>), each run recovering from a lost silo as a sweep's do.</summary>
/// <param name="recovery">Checkpoints and recovery on a cluster; null without.</param>
public sealed class GrainSimulator(IGrainFactory grains, string description, RunRecovery? recovery = null) : ICalibrationSimulator
{
    public string Description => description;

    public async Task<IReadOnlyList<TickMetrics>> RunAsync(Scenario scenario, ulong seed, string label, CancellationToken cancellation) =>
        (await new ScenarioRunner(grains, recovery?.For(label)).RunReplicateAsync(scenario with { Seed = seed }, 0, cancellation)).Ticks;
}
