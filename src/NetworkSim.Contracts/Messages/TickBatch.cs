using NetworkSim.Model.Metrics;

namespace NetworkSim.Contracts.Messages;

/// <summary>The metrics of the ticks a call advanced (tick 0 for initialisation), whether the run is over, and the wall-clock time of each tick (kept out of the metrics so outputs stay reproducible).</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.TickBatch")]
public sealed record TickBatch(TickMetrics[] Ticks, bool Finished, double[] ElapsedMilliseconds);
