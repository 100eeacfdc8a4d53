using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Scenarios;

/// <summary>Reads every <see cref="SpecKeyAttribute"/>-declared key of a spec record from its section, each with its declared default and range.</summary>
internal static class SpecReader
{
    /// <param name="section">The section to read.</param>
    /// <param name="start">The record to fill in: its values stand for keys the section leaves out.</param>
    public static T Read<T>(YamlSection section, T start) where T : new()
    {
        var result = new T();
        foreach (var property in typeof(T).GetProperties().Where(p => p.CanWrite))
        {
            property.SetValue(result, property.GetValue(start));
        }

        foreach (var key in SpecKeys.Of<T>())
        {
            var d = key.Declaration;
            var current = key.Property.GetValue(start)!;
            // Boxed apart: a conditional would widen the int to a double, which an int property refuses.
            var value = key.Integer
                ? (object)section.Int(key.Key, (int)current, (int)d.Min, (int)d.Max)
                : section.Double(key.Key, (double)current, d.Min, d.Max);
            key.Property.SetValue(result, value);
        }

        return result;
    }
}
