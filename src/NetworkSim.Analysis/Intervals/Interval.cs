namespace NetworkSim.Analysis.Intervals;

/// <summary>A two-sided interval [<see cref="Low"/>, <see cref="High"/>].</summary>
public readonly record struct Interval(double Low, double High)
{
    public bool Contains(double value) => Low <= value && value <= High;

    public double Width => High - Low;
}
