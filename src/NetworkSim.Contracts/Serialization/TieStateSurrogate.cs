using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Serialization;

/// <summary>A tie with its trust (<see cref="TieState"/>) in Orleans' generated binary format; the model itself carries no Orleans attributes.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.TieState")]
public struct TieStateSurrogate
{
    [Id(0)]
    public int From;

    [Id(1)]
    public int To;

    [Id(2)]
    public double Trust;

    [Id(3)]
    public int FormedTick;

    [Id(4)]
    public bool Brokered;
}

/// <summary>Converts <see cref="TieState"/> to and from <see cref="TieStateSurrogate"/>.</summary>
[RegisterConverter]
public sealed class TieStateConverter : IConverter<TieState, TieStateSurrogate>
{
    public TieState ConvertFromSurrogate(in TieStateSurrogate s) => new(s.From, s.To, s.Trust, s.FormedTick, s.Brokered);

    public TieStateSurrogate ConvertToSurrogate(in TieState v) => new()
    {
        From = v.From,
        To = v.To,
        Trust = v.Trust,
        FormedTick = v.FormedTick,
        Brokered = v.Brokered,
    };
}
