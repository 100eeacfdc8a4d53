namespace NetworkSim.Runner.Sweeps;

/// <summary>A plot a sweep or comparison wrote, with the sentence the report puts under it.</summary>
internal sealed record SweepPlot(string File, string Caption);
