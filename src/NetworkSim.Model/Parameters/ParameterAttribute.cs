namespace NetworkSim.Model.Parameters;

/// <summary>
/// Declares a model parameter: its allowed range, unit, meaning and the seed claim it comes from.
/// The scenario reader validates against it and <c>docs/model.md</c>'s parameter table is generated from it,
/// so the range a user is told and the range enforced cannot drift apart.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ParameterAttribute(double min, double max, string unit, string meaning, string source) : Attribute
{
    public double Min { get; } = min;
    public double Max { get; } = max;
    public string Unit { get; } = unit;
    public string Meaning { get; } = meaning;

    /// <summary>Where in <c>shared/seeds/</c> the mechanism comes from (file prefix and line), or "calibration".</summary>
    public string Source { get; } = source;

    /// <summary>True when only whole numbers are allowed.</summary>
    public bool Integer { get; init; }
}
