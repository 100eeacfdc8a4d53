namespace NetworkSim.Model.Parameters;

/// <summary>
/// Declares a model parameter: its allowed range, unit, meaning and the seed claim it comes from, and for a behavioural
/// parameter the range of values the model cannot rule out (its plausible range) with the reason for it.
/// The scenario reader validates against it, <c>networksim params</c> lists it, and <c>docs/model.md</c>'s parameter table
/// is generated from it, so the range a user is told and the range enforced cannot drift apart.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ParameterAttribute(double min, double max, string unit, string meaning, string source) : Attribute
{
    public double Min { get; } = min;
    public double Max { get; } = max;
    public string Unit { get; } = unit;
    public string Meaning { get; } = meaning;

    /// <summary>Where in <c>shared/seeds/</c> the mechanism comes from (file prefix and line), or "assumption An: why".</summary>
    public string Source { get; } = source;

    /// <summary>True when only whole numbers are allowed.</summary>
    public bool Integer { get; init; }

    /// <summary>
    /// True for a design lever (what a facilitator or funder chooses, which designs compare), false for a behavioural
    /// parameter (how people respond, which the model must treat as uncertain). A design lever has no plausible range.
    /// </summary>
    public bool Design { get; init; }

    /// <summary>Lower end of the values the model cannot rule out (behavioural parameters), NaN when not declared.</summary>
    public double PlausibleLow { get; init; } = double.NaN;

    /// <summary>Upper end of the values the model cannot rule out (behavioural parameters), NaN when not declared.</summary>
    public double PlausibleHigh { get; init; } = double.NaN;

    /// <summary>Why the plausible range is what it is: a seed line, a published figure, or "assumption: reason".</summary>
    public string PlausibleWhy { get; init; } = "";

    public bool HasPlausibleRange => !double.IsNaN(PlausibleLow) && !double.IsNaN(PlausibleHigh);
}
