using System.Reflection;

namespace NetworkSim.Model.Parameters;

/// <summary>One model parameter as the catalog knows it: key, default and declared range.</summary>
public sealed record ParameterInfo(string Key, string Group, double Default, ParameterAttribute Declaration, PropertyInfo GroupProperty, PropertyInfo Property);
