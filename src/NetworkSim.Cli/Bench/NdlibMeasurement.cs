namespace NetworkSim.Cli.Bench;

/// <summary>
/// NDlib's threshold model run on the very graph and initial adopters of a threshold workload
/// (<c>bench workloads --compare-ndlib</c>), measured the way the workload's engines are.
/// </summary>
/// <param name="CpuPerUpdate">Process CPU time per synchronous update, over the steady updates (the first apart, as for the engines).</param>
/// <param name="SetupCpuSeconds">Reading the graph and configuring the model.</param>
/// <param name="PeakBytes">The Python process's peak resident set.</param>
/// <param name="Updates">Updates measured, the first included.</param>
/// <param name="SameAdopters">Whether NDlib's adopters after every update equal the reference engine's, tick for tick.</param>
/// <param name="FirstDifference">The first tick where they differ, or -1.</param>
internal sealed record NdlibMeasurement(double CpuPerUpdate, double SetupCpuSeconds, long PeakBytes, int Updates, bool SameAdopters, int FirstDifference);
