namespace NetworkSim.Analysis.Designs;

/// <summary>A named parameter varied over [<see cref="Low"/>, <see cref="High"/>]; designs work in the unit cube and map through <see cref="At"/>.</summary>
public sealed record ParameterRange
{
    public ParameterRange(string name, double low, double high)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A parameter range needs a name.", nameof(name));
        }

        if (!double.IsFinite(low) || !double.IsFinite(high) || !(high > low))
        {
            throw new ArgumentException($"The range of '{name}' must be finite with low < high; it is [{low}, {high}].", nameof(high));
        }

        (Name, Low, High) = (name, low, high);
    }

    public string Name { get; }

    public double Low { get; }

    public double High { get; }

    public double Width => High - Low;

    /// <summary>The value at position <paramref name="unit"/> of the range (0 = low, 1 = high).</summary>
    public double At(double unit) => Low + unit * (High - Low);

    /// <summary>Maps a unit-cube point to parameter values, one range per coordinate.</summary>
    public static double[] Scale(IReadOnlyList<ParameterRange> ranges, IReadOnlyList<double> unit)
    {
        var values = new double[ranges.Count];
        for (var j = 0; j < values.Length; j++)
        {
            values[j] = ranges[j].At(unit[j]);
        }

        return values;
    }
}
