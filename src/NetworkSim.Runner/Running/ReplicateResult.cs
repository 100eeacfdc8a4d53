using NetworkSim.Model.Metrics;

namespace NetworkSim.Runner.Running;

/// <summary>Everything one replicate produced: its seed, its metrics at every tick from 0, and how long each tick took, and any recoveries from a lost silo.</summary>
public sealed record ReplicateResult(int Replicate, ulong Seed, IReadOnlyList<TickMetrics> Ticks, IReadOnlyList<double> TickMilliseconds, TimeSpan Elapsed, IReadOnlyList<Recovery>? Recoveries = null);
