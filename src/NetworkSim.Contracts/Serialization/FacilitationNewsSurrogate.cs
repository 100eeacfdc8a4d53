using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;

namespace NetworkSim.Contracts.Serialization;

/// <summary>What facilitators learn before a convening (<see cref="FacilitationNews"/>) in Orleans' generated binary format; the model itself carries no Orleans attributes.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.FacilitationNews")]
public struct FacilitationNewsSurrogate
{
    [Id(0)]
    public int Tick;

    [Id(1)]
    public int[] DroppedOut;

    [Id(2)]
    public BrokeredTie[] NewTiesElsewhere;
}

/// <summary>Converts <see cref="FacilitationNews"/> to and from <see cref="FacilitationNewsSurrogate"/>.</summary>
[RegisterConverter]
public sealed class FacilitationNewsConverter : IConverter<FacilitationNews, FacilitationNewsSurrogate>
{
    public FacilitationNews ConvertFromSurrogate(in FacilitationNewsSurrogate s) => new(s.Tick, s.DroppedOut, s.NewTiesElsewhere);

    public FacilitationNewsSurrogate ConvertToSurrogate(in FacilitationNews v) => new()
    {
        Tick = v.Tick,
        DroppedOut = v.DroppedOut,
        NewTiesElsewhere = v.NewTiesElsewhere,
    };
}
