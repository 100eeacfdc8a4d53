namespace NetworkSim.Runner.Output;

/// <summary>Ticks until adoption first reached a level, over the replicates that reached it.</summary>
public sealed record TimeToLevel(double Level, int Reached, int Replicates, double? Median, double? Min, double? Max);
