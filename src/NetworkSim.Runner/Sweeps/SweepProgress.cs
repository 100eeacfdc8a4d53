namespace NetworkSim.Runner.Sweeps;

/// <summary>How far a sweep has got: runs finished (including <paramref name="Resumed"/> ones found already done) over all runs.</summary>
public sealed record SweepProgress(long Done, long Total, long Resumed);
