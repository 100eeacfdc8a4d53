namespace NetworkSim.Model.Parameters;

/// <summary>
/// Declares a scenario key once: its allowed range, unit, meaning and the seed claim it comes from, and for a
/// behavioural parameter the range of values the model cannot rule out (its plausible range) with the reason for it.
/// On a property of <see cref="ModelParameters"/>' groups it declares a model parameter (<c>parameters.trust.growth</c>);
/// on a property of a scenario record (<see cref="Scenarios.NetworkDesign"/>, <see cref="Scenarios.PracticeSpec"/>, ...)
/// a structural key (<c>network.clusters</c>), whose default is the property's initialiser and whose key is the
/// property's name in snake_case unless <see cref="Key"/> says otherwise. On a record itself it declares a key that
/// no property holds (a file path read into something else). The scenario reader reads and validates by it,
/// <c>networksim params</c> lists it, and <c>docs/model.md</c>'s tables are generated from it, so the range a user is
/// told and the range enforced cannot drift apart.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, AllowMultiple = true)]
public sealed class ParameterAttribute : Attribute
{
    /// <summary>A number: its range, unit, meaning and source.</summary>
    public ParameterAttribute(double min, double max, string unit, string meaning, string source)
    {
        Min = min;
        Max = max;
        Unit = unit;
        Meaning = meaning;
        Source = source;
    }

    /// <summary>A key that is not a number (a choice, a switch, a list, a name): what it holds, its meaning and source.</summary>
    public ParameterAttribute(string unit, string meaning, string source)
        : this(double.NaN, double.NaN, unit, meaning, source)
    {
    }

    public double Min { get; }
    public double Max { get; }
    public string Unit { get; }
    public string Meaning { get; }

    /// <summary>Where in <c>shared/seeds/</c> the mechanism comes from (file prefix and line), or "assumption An: why", or "design".</summary>
    public string Source { get; }

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

    /// <summary>True when the key is a number with a declared range.</summary>
    public bool HasRange => !double.IsNaN(Min) && !double.IsNaN(Max);

    /// <summary>The key within its section when it is not the property's name in snake_case (<c>start.who</c> for <c>StartWho</c>).</summary>
    public string? Key { get; init; }

    /// <summary>The default in words, where it depends on the rest of the scenario (a practice's name, the facilitators a textbook model has).</summary>
    public string? DefaultNote { get; init; }

    /// <summary>
    /// True when its section's reader reads it its own way (a count or a list of names, a file, schools checked against
    /// the network); the generic reader skips it, the documentation lists it all the same.
    /// </summary>
    public bool ReadBySection { get; init; }

    /// <summary>
    /// A choice in the same section that the key acts under, as <c>key: value, value</c> (<c>structure: clustered</c>):
    /// set under any other value it is accepted with a warning that it has no effect.
    /// </summary>
    public string? OnlyWith { get; init; }

    /// <summary>True for a key that only shapes a generated network; a measured network (<c>participant_graph.kind: file</c>) refuses it.</summary>
    public bool GeneratedOnly { get; init; }
}
