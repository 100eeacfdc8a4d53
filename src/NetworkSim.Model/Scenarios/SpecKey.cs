using System.Reflection;

namespace NetworkSim.Model.Scenarios;

/// <summary>One declared key of a spec record: its YAML key, default (from a default instance) and declaration.</summary>
public sealed record SpecKey(string Key, PropertyInfo Property, double Default, SpecKeyAttribute Declaration)
{
    public bool Integer => Property.PropertyType == typeof(int);
}
