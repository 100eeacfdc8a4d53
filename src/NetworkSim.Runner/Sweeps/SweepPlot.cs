namespace NetworkSim.Runner.Sweeps;

/// <summary>A plot a sweep or comparison wrote, with the sentence the report puts under it.</summary>
public sealed record SweepPlot(string File, string Caption);
