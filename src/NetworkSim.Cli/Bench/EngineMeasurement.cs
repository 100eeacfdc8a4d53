namespace NetworkSim.Cli.Bench;

/// <summary>
/// One workload run by one engine (the grains on the embedded silo, or the in-process sequential reference),
/// in phases: setup (network build, initialisation, tick 0), the first tick, then the steady ticks that
/// the per-tick figures are taken from (so start-up is excluded, as the "50 ticks minus 1 tick"), after a full
/// collection (<see cref="Settle"/>).
/// </summary>
/// <param name="Engine"><c>grains</c> or <c>reference</c>.</param>
/// <param name="Setup">Building the run up to its state at tick 0.</param>
/// <param name="FirstTick">The tick from 0 to 1.</param>
/// <param name="Steady">Every later tick.</param>
/// <param name="SteadyTicks">How many ticks <paramref name="Steady"/> holds.</param>
/// <param name="FirstTickStepped">Participants stepped in the first tick.</param>
/// <param name="SteadyStepped">Participants stepped in the steady ticks.</param>
/// <param name="PeakBytes">The process's peak working set.</param>
/// <param name="Counts">Grain calls and messages in the steady ticks (grains only).</param>
/// <param name="Adopters">Adopters at the last tick, to see both engines did the same work.</param>
/// <param name="NextReplicate">
/// A further replicate (replicate 1) in the same process after the measured one: its setup and first tick, the fixed
/// cost each further replicate of a sweep pays (the measured run's own setup also pays for compiling the code). On the
/// grains it runs in the measured replicate's lane, as the replicates of <c>networksim run</c> do.
/// </param>
/// <param name="Warm">Whole replicates measured after as many unmeasured ones (<c>--warm N</c>), or null.</param>
/// <param name="Settle">The full collection between the first tick and the steady ticks (<see cref="Phase.FullCollectionAsync"/>).</param>
internal sealed record EngineMeasurement(
    string Engine, Phase Setup, Phase FirstTick, Phase Steady, int SteadyTicks, long FirstTickStepped, long SteadyStepped,
    long PeakBytes, Grains.GrainCounts? Counts, double Adopters, Phase? NextReplicate = null, WarmReplicates? Warm = null, Phase? Settle = null)
{
    public double CpuPerTick => Steady.CpuSeconds / SteadyTicks;

    public double TicksPerSecond => SteadyTicks / Steady.WallSeconds;
}
