using System.Reflection;
using System.Text;

namespace NetworkSim.Model.Parameters;

/// <summary>
/// The single list of model parameters, read from <see cref="ModelParameters"/> and its <see cref="ParameterAttribute"/>s.
/// Scenario validation, <c>--set</c> overrides and the documentation table all go through it.
/// </summary>
public static class ParameterCatalog
{
    private static readonly Lazy<IReadOnlyList<ParameterInfo>> Entries = new(Discover);

    public static IReadOnlyList<ParameterInfo> All => Entries.Value;

    public static IEnumerable<string> Groups => All.Select(p => p.Group).Distinct();

    public static ParameterInfo? Find(string key) => All.FirstOrDefault(p => p.Key == key);

    public static double Get(ModelParameters parameters, ParameterInfo info) =>
        (double)info.Property.GetValue(info.GroupProperty.GetValue(parameters)!)!;

    /// <summary>Builds parameters from explicit values; every key not given keeps its default.</summary>
    public static ModelParameters Build(IReadOnlyDictionary<string, double> values)
    {
        var result = new ModelParameters();
        foreach (var groupProperty in typeof(ModelParameters).GetProperties())
        {
            var group = Activator.CreateInstance(groupProperty.PropertyType)!;
            foreach (var info in All.Where(p => p.GroupProperty == groupProperty))
            {
                if (values.TryGetValue(info.Key, out var value))
                {
                    info.Property.SetValue(group, value);
                }
            }

            groupProperty.SetValue(result, group);
        }

        return result;
    }

    /// <summary>The parameter table of <c>docs/model.md</c>, generated so that it always matches the code.</summary>
    public static string MarkdownTable()
    {
        var text = new StringBuilder();
        text.AppendLine("| key | default | allowed | plausible | unit | meaning | source | why the plausible range |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var p in All)
        {
            var d = p.Declaration;
            var range = d.Integer ? $"{d.Min:0}–{d.Max:0} (whole)" : $"{d.Min:0.###}–{d.Max:0.###}";
            var plausible = d.Design ? "design lever" : $"{d.PlausibleLow:0.####}–{d.PlausibleHigh:0.####}";
            text.AppendLine($"| `{p.Key}` | {p.Default:0.###} | {range} | {plausible} | {d.Unit} | {d.Meaning} | {d.Source} | {(d.Design ? "what designs compare" : d.PlausibleWhy)} |");
        }

        return text.ToString();
    }

    /// <summary>PascalCase to snake_case: <c>MeetAtConvening</c> becomes <c>meet_at_convening</c>.</summary>
    public static string SnakeCase(string name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    private static IReadOnlyList<ParameterInfo> Discover()
    {
        var defaults = new ModelParameters();
        var list = new List<ParameterInfo>();
        foreach (var groupProperty in typeof(ModelParameters).GetProperties())
        {
            var group = SnakeCase(groupProperty.Name);
            var groupDefault = groupProperty.GetValue(defaults)!;
            foreach (var property in groupProperty.PropertyType.GetProperties())
            {
                var declaration = property.GetCustomAttribute<ParameterAttribute>()
                    ?? throw new InvalidOperationException($"{groupProperty.Name}.{property.Name} has no [Parameter] declaration.");
                list.Add(new ParameterInfo($"{group}.{SnakeCase(property.Name)}", group, (double)property.GetValue(groupDefault)!, declaration, groupProperty, property));
            }
        }

        return list;
    }
}
