using System.Reflection;
using NetworkSim.Analysis.Calibration;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// A parameter a calibration fits: its key as <c>networksim params</c> names it (<c>trust.growth</c>) or a textbook
/// model's rule key (<c>rules.p</c>), where it lives in a scenario, its allowed range and its prior.
/// </summary>
/// <param name="Key">The name in every output (posterior.csv, posterior-worlds.csv, calibration.json).</param>
/// <param name="ScenarioPath">The scenario key path (<c>parameters.trust.growth</c>, <c>rules.p</c>), as <c>--set</c> takes it.</param>
/// <param name="Prior">The prior over the fitted range (uniform unless <c>--prior</c> gave a normal one).</param>
/// <param name="Group">The group record's property on <see cref="Model.Parameters.ModelParameters"/>, or null for a rule key.</param>
/// <param name="Property">The value's property on its group record (or on <see cref="RuleSet"/>).</param>
public sealed record FittedKey(string Key, string ScenarioPath, double AllowedMin, double AllowedMax, FittedParameter Prior, PropertyInfo? Group, PropertyInfo Property)
{
    public double Low => Prior.Low;

    public double High => Prior.High;

    /// <summary>The scenario with these keys set to <paramref name="values"/>; every other setting as it was.</summary>
    public static Scenario Apply(Scenario scenario, IReadOnlyList<FittedKey> keys, IReadOnlyList<double> values)
    {
        var parameters = scenario.Parameters;
        var rules = scenario.Rules;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (key.Group is null)
            {
                rules = Set(rules, key.Property, values[i]);
            }
            else
            {
                parameters = Set(parameters, key.Group, Set(key.Group.GetValue(parameters)!, key.Property, values[i]));
            }
        }

        return scenario with { Parameters = parameters, Rules = rules };
    }

    /// <summary>A copy of a record (its compiler-made clone) with one init-only property set.</summary>
    private static T Set<T>(T record, PropertyInfo property, object value)
        where T : notnull
    {
        var copy = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        property.SetValue(copy, value);
        return (T)copy;
    }
}
