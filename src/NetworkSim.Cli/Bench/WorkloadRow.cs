namespace NetworkSim.Cli.Bench;

/// <summary>One workload in <c>bench.json</c>: the grains beside the sequential reference.</summary>
/// <param name="Workload">The workload's name.</param>
/// <param name="Participants">Participants in the run.</param>
/// <param name="Schools">Schools in the run.</param>
/// <param name="Grains">Measured on the embedded silo.</param>
/// <param name="Reference">Measured through the sequential reference.</param>
/// <param name="Ndlib">NDlib on the same graph, with <c>--compare-ndlib</c> on a threshold workload.</param>
internal sealed record WorkloadRow(string Workload, long Participants, int Schools, EngineMeasurement Grains, EngineMeasurement Reference, NdlibMeasurement? Ndlib = null)
{
    /// <summary>The grains' throughput as a share of the reference's, by CPU time per steady tick (1 = as fast as the ceiling).</summary>
    public double ShareOfReference => Reference.CpuPerTick / Grains.CpuPerTick;

    /// <summary>The same share in the warm replicates (<c>--warm</c>), or null.</summary>
    public double? WarmShareOfReference => Grains.Warm is { } grains && Reference.Warm is { } reference ? reference.CpuPerTick / grains.CpuPerTick : null;
}
