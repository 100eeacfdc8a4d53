namespace NetworkSim.Model.Scenarios;

/// <summary>
/// Declares a scenario key of a spec record: its range and meaning. Its default is the property's initialiser, its
/// key the property's name in snake_case; the generic reader and the documentation table both read it, so the default
/// and range a user is told and the ones enforced are declared once (as <see cref="Parameters.ParameterAttribute"/> does
/// for model parameters).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SpecKeyAttribute(double min, double max, string meaning) : Attribute
{
    public double Min { get; } = min;

    public double Max { get; } = max;

    public string Meaning { get; } = meaning;
}
