using System.Reflection;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Scenarios;

/// <summary>
/// Reads every key a scenario record declares (<see cref="ScenarioKeys"/>) from its section, each with its declared
/// default and range, and warns about a key set where the choice it acts under is not made
/// (<see cref="Model.Parameters.ParameterAttribute.OnlyWith"/>). A key its section reads its own way is left to it.
/// </summary>
internal static class SpecReader
{
    private static readonly MethodInfo EnumReader = typeof(YamlSection).GetMethod(nameof(YamlSection.Enum))!;

    /// <param name="section">The section to read.</param>
    /// <param name="start">The record to fill in: its values stand for keys the section leaves out.</param>
    /// <param name="which">The keys to read, when not all of them (a measured network reads no key of a generated one).</param>
    public static T Read<T>(YamlSection section, T start, Func<ScenarioKey, bool>? which = null) where T : class
    {
        var result = (T)typeof(T).GetMethod("<Clone>$")!.Invoke(start, null)!;
        var keys = ScenarioKeys.Of<T>().Where(k => k.Property is not null && !k.Declaration.ReadBySection && (which?.Invoke(k) ?? true)).ToList();
        foreach (var key in keys)
        {
            var (holder, name) = Holder(section, key.Name);
            key.Property!.SetValue(result, Value(holder, name, key, key.Property.GetValue(start)));
        }

        foreach (var key in keys.Where(k => k.Declaration.OnlyWith is not null))
        {
            WarnIfInert(section, key, result);
        }

        return result;
    }

    /// <summary>The section that holds a dotted key (<c>start.who</c> is <c>who</c> in <c>start</c>) and its last name.</summary>
    private static (YamlSection Holder, string Name) Holder(YamlSection section, string key)
    {
        var parts = key.Split('.');
        var holder = section;
        foreach (var part in parts[..^1])
        {
            holder = holder.Section(part);
        }

        return (holder, parts[^1]);
    }

    private static object? Value(YamlSection section, string name, ScenarioKey key, object? current)
    {
        var d = key.Declaration;
        var type = key.Type!;
        return type switch
        {
            _ when type == typeof(double) => section.Double(name, (double)current!, d.Min, d.Max),
            // Boxed apart: a conditional would widen the int to a double, which an int property refuses.
            _ when type == typeof(int) => section.Int(name, (int)current!, (int)d.Min, (int)d.Max),
            _ when type == typeof(ulong) => section.ULong(name, (ulong)current!),
            _ when type == typeof(bool) => section.Bool(name, (bool)current!),
            _ when type == typeof(string) => section.String(name, (string?)current ?? ""),
            _ when type.IsEnum => EnumReader.MakeGenericMethod(type).Invoke(section, [name, current]),
            _ when type == typeof(IReadOnlyList<int>) => section.Take(name) is null ? current : section.Ints(name, (int)d.Min, (int)d.Max),
            _ => throw new InvalidOperationException($"{key.Path}: no reader for a {type.Name}; declare it ReadBySection and read it in its section's reader."),
        };
    }

    /// <summary><c>OnlyWith = "structure: clustered"</c>: a key set under another structure is accepted, with a warning that it does nothing.</summary>
    private static void WarnIfInert<T>(YamlSection section, ScenarioKey key, T result)
    {
        var (holder, name) = Holder(section, key.Name);
        if (!holder.Has(name))
        {
            return;
        }

        var with = key.Declaration.OnlyWith!;
        var colon = with.IndexOf(':');
        var choice = with[..colon].Trim();
        var allowed = with[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries);
        var chosen = ScenarioKeys.Of<T>().Single(k => k.Name == choice).Property!.GetValue(result)!;
        var value = ScenarioKeys.EnumKey(chosen.ToString()!);
        if (!allowed.Contains(value))
        {
            holder.Warn(name, $"has no effect: it acts only with {with}, and {section.Field(choice)} is {value}.");
        }
    }
}
