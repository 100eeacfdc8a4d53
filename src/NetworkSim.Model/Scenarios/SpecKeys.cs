using System.Globalization;
using System.Reflection;
using System.Text;
using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.Scenarios;

/// <summary>The <see cref="SpecKeyAttribute"/>-declared keys of a spec record, in declaration order, and their documentation table.</summary>
public static class SpecKeys
{
    public static IReadOnlyList<SpecKey> Of<T>() where T : new()
    {
        var defaults = new T();
        return typeof(T).GetProperties()
            .Select(p => (Property: p, Declaration: p.GetCustomAttribute<SpecKeyAttribute>()))
            .Where(p => p.Declaration is not null)
            .Select(p => new SpecKey(ParameterCatalog.SnakeCase(p.Property.Name), p.Property, Convert.ToDouble(p.Property.GetValue(defaults), CultureInfo.InvariantCulture), p.Declaration!))
            .ToArray();
    }

    /// <summary>The keys of a section as a Markdown table, generated so that <c>docs/model.md</c> always matches the code.</summary>
    public static string MarkdownTable<T>(string section) where T : new()
    {
        var text = new StringBuilder();
        text.AppendLine("| key | default | range | meaning |");
        text.AppendLine("| --- | --- | --- | --- |");
        foreach (var key in Of<T>())
        {
            var d = key.Declaration;
            var range = key.Integer ? $"{d.Min:0}–{d.Max:0} (whole)" : $"{d.Min:0.###}–{d.Max:0.###}";
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{section}.{key.Key}` | {key.Default:0.###} | {range} | {d.Meaning} |");
        }

        return text.ToString();
    }
}
