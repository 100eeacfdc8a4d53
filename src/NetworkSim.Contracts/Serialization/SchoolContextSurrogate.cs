using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Serialization;

/// <summary>A school's context at a tick (<see cref="SchoolContext"/>) in Orleans' generated binary format; the model itself carries no Orleans attributes.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.SchoolContext")]
public struct SchoolContextSurrogate
{
    [Id(0)]
    public NetworkTick Network;

    [Id(1)]
    public double Support;

    [Id(2)]
    public ulong Institutionalised;
}

/// <summary>Converts <see cref="SchoolContext"/> to and from <see cref="SchoolContextSurrogate"/>.</summary>
[RegisterConverter]
public sealed class SchoolContextConverter : IConverter<SchoolContext, SchoolContextSurrogate>
{
    public SchoolContext ConvertFromSurrogate(in SchoolContextSurrogate s) => new(s.Network, s.Support, s.Institutionalised);

    public SchoolContextSurrogate ConvertToSurrogate(in SchoolContext v) => new()
    {
        Network = v.Network,
        Support = v.Support,
        Institutionalised = v.Institutionalised,
    };
}
