using System.Collections;
using System.Globalization;
using System.Reflection;
using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.Scenarios;

/// <summary>
/// One declared structural key of a scenario: where it sits (<see cref="Section"/>, e.g. <c>network</c> or
/// <c>practices[]</c>), its name there (<c>clusters</c>, <c>start.who</c>), the property that holds it (none for a key
/// read into something else), its default (the property's initialiser) and its declaration.
/// </summary>
public sealed record ScenarioKey(string Section, string Name, PropertyInfo? Property, object? Default, ParameterAttribute Declaration)
{
    /// <summary>The key as a user writes it in <c>--set</c> and the documentation lists it: <c>network.clusters</c>.</summary>
    public string Path => Section.Length == 0 ? Name : $"{Section}.{Name}";

    public Type? Type => Property?.PropertyType;

    public bool Integer => Declaration.Integer || Type == typeof(int) || Type == typeof(IReadOnlyList<int>);

    /// <summary>The default as the documentation writes it.</summary>
    public string DefaultText => Declaration.DefaultNote ?? Default switch
    {
        null => "none",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Enum e => ScenarioKeys.EnumKey(e.ToString()),
        string { Length: 0 } => "none",
        string s => s,
        RoleCounts r => string.Join(", ", Roles.All.Where(role => r[role] > 0).Select(role => $"{role.Key()} {r[role]}")),
        IEnumerable list when !list.Cast<object>().Any() => "none",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? "",
    };

    /// <summary>What a user may write: the range of a number, the choices of an enum, or what the declaration says it holds.</summary>
    public string AllowedText
    {
        get
        {
            var d = Declaration;
            if (Type is { IsEnum: true } choices)
            {
                return string.Join(", ", Enum.GetNames(choices).Select(ScenarioKeys.EnumKey));
            }

            if (Type == typeof(bool))
            {
                return "true or false";
            }

            if (!d.HasRange)
            {
                return d.Unit;
            }

            var range = Integer ? string.Create(CultureInfo.InvariantCulture, $"{d.Min:0}–{d.Max:0} (whole)") : string.Create(CultureInfo.InvariantCulture, $"{d.Min:0.###}–{d.Max:0.###}");
            return Type == typeof(IReadOnlyList<int>) ? $"a list, each {range}" : range;
        }
    }

    /// <summary>The unit of a number; a key of another kind says what it holds in <see cref="AllowedText"/>.</summary>
    public string UnitText => Declaration.HasRange ? Declaration.Unit : "";
}
