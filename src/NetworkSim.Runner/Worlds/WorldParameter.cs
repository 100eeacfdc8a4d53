using NetworkSim.Analysis.Designs;

namespace NetworkSim.Runner.Worlds;

/// <summary>
/// A behavioural parameter varied across worlds: its key as <c>networksim params</c> names it (<c>trust.growth</c>),
/// the range it is drawn from and whether only whole numbers are allowed.
/// </summary>
public sealed record WorldParameter(string Key, double Low, double High, bool Integer)
{
    /// <summary>The scenario key path, for <c>--set</c> and error messages: <c>parameters.trust.growth</c>.</summary>
    public string ScenarioKey => WorldSpace.Prefix + Key;

    /// <summary>The range a design draws unit positions for.</summary>
    public ParameterRange Range => new(Key, Low, Integer ? High + 1 : High);

    /// <summary>
    /// The value at unit position <paramref name="unit"/>; a whole-number parameter takes each of Low..High with equal
    /// chance (the floor over [Low, High + 1)).
    /// </summary>
    public double At(double unit) => Integer ? Math.Min(High, Math.Floor(Range.At(unit))) : Range.At(unit);
}
