namespace NetworkSim.Runner.Running;

/// <summary>How far a scenario has got: ticks done over ticks to do, across all replicates.</summary>
public sealed record RunProgress(long TicksDone, long TicksTotal, int ReplicatesDone, int Replicates);
