using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.Scenarios;

/// <summary>
/// Every structural key of a scenario (everything but <c>parameters:</c>, which <see cref="ParameterCatalog"/> lists),
/// found from the <see cref="ParameterAttribute"/>s of <see cref="Scenario"/> and the records it holds, in declaration
/// order. The reader, <c>networksim params</c> and <c>docs/model.md</c> all read this one list.
/// </summary>
public static class ScenarioKeys
{
    private static readonly Lazy<IReadOnlyList<ScenarioKey>> Entries = new(() => [.. Walk(typeof(Scenario), "")]);

    /// <summary>Each record's own keys, found once: a scenario is read many times in a sweep.</summary>
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<ScenarioKey>> ByRecord = new();

    public static IReadOnlyList<ScenarioKey> All => Entries.Value;

    /// <summary>The keys a record declares itself, named within its section (<c>clusters</c>, <c>start.who</c>).</summary>
    public static IReadOnlyList<ScenarioKey> Of(Type record) => ByRecord.GetOrAdd(record, r => [.. Declared(r, "")]);

    public static IReadOnlyList<ScenarioKey> Of<T>() => Of(typeof(T));

    /// <summary>The Markdown table of every structural key, generated so that <c>docs/model.md</c> always matches the code.</summary>
    public static string MarkdownTable()
    {
        var text = new StringBuilder();
        text.AppendLine("| key | default | allowed | unit | meaning | source |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var key in All)
        {
            var d = key.Declaration;
            var only = d.OnlyWith is { } with ? $" Acts only with `{with}`." : "";
            var generated = d.GeneratedOnly ? " Generated networks only (a measured network refuses it)." : "";
            text.AppendLine($"| `{key.Path}` | {key.DefaultText} | {key.AllowedText} | {key.UnitText} | {d.Meaning}{only}{generated} | {d.Source} |");
        }

        return text.ToString();
    }

    /// <summary>An enum value as a scenario writes it: <c>SmallWorld</c> is <c>small-world</c>.</summary>
    public static string EnumKey(string name) => ParameterCatalog.SnakeCase(name).Replace('_', '-');

    private static IEnumerable<ScenarioKey> Walk(Type record, string section)
    {
        foreach (var key in Declared(record, section))
        {
            yield return key;
        }

        foreach (var property in Settable(record).Where(p => p.GetCustomAttribute<ParameterAttribute>() is null))
        {
            var name = ParameterCatalog.SnakeCase(property.Name);
            var inner = SectionType(property.PropertyType, out var list);
            if (inner is not null)
            {
                var path = section.Length == 0 ? name : $"{section}.{name}";
                foreach (var key in Walk(inner, list ? path + "[]" : path))
                {
                    yield return key;
                }
            }
        }
    }

    private static IEnumerable<ScenarioKey> Declared(Type record, string section)
    {
        var defaults = Activator.CreateInstance(record);
        foreach (var property in Settable(record))
        {
            if (property.GetCustomAttribute<ParameterAttribute>() is { } declaration)
            {
                yield return new ScenarioKey(section, declaration.Key ?? ParameterCatalog.SnakeCase(property.Name), property, property.GetValue(defaults), declaration);
            }
        }

        foreach (var declaration in record.GetCustomAttributes<ParameterAttribute>())
        {
            yield return new ScenarioKey(section, declaration.Key ?? throw new InvalidOperationException($"{record.Name} declares a key with no Key."), null, null, declaration);
        }
    }

    /// <summary>The properties a scenario sets (not those computed from them).</summary>
    internal static IEnumerable<PropertyInfo> Settable(Type record) =>
        record.GetProperties().Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");

    /// <summary>A record of this namespace with keys of its own (or a list of one), which is a section of the scenario.</summary>
    private static Type? SectionType(Type type, out bool list)
    {
        list = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);
        var inner = list ? type.GetGenericArguments()[0] : type;
        var isSection = inner.IsClass && inner.Namespace == typeof(Scenario).Namespace && inner.GetConstructor(Type.EmptyTypes) is not null
            && (Settable(inner).Any(p => p.GetCustomAttribute<ParameterAttribute>() is not null) || inner.GetCustomAttributes<ParameterAttribute>().Any());
        return isSection ? inner : null;
    }
}
