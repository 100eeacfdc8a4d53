using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Serialization;

/// <summary>A brokered tie (<see cref="BrokeredTie"/>) in Orleans' generated binary format; the model itself carries no Orleans attributes.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.BrokeredTie")]
public struct BrokeredTieSurrogate
{
    [Id(0)]
    public int A;

    [Id(1)]
    public int B;

    [Id(2)]
    public int Tick;
}

/// <summary>Converts <see cref="BrokeredTie"/> to and from <see cref="BrokeredTieSurrogate"/>.</summary>
[RegisterConverter]
public sealed class BrokeredTieConverter : IConverter<BrokeredTie, BrokeredTieSurrogate>
{
    public BrokeredTie ConvertFromSurrogate(in BrokeredTieSurrogate s) => new(s.A, s.B, s.Tick);

    public BrokeredTieSurrogate ConvertToSurrogate(in BrokeredTie v) => new()
    {
        A = v.A,
        B = v.B,
        Tick = v.Tick,
    };
}
