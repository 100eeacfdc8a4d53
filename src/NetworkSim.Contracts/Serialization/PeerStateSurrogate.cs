using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Serialization;

/// <summary>A participant's public state, the most frequent payload (<see cref="PeerState"/>) in Orleans' generated binary format; the model itself carries no Orleans attributes.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.PeerState")]
public struct PeerStateSurrogate
{
    [Id(0)]
    public int Index;

    [Id(1)]
    public double[] Knowledge;

    [Id(2)]
    public ulong Practising;

    [Id(3)]
    public double Engagement;

    [Id(4)]
    public bool Active;

    [Id(5)]
    public ulong Fresh;

    [Id(6)]
    public ulong Recovered;

    [Id(7)]
    public double Opinion;
}

/// <summary>Converts <see cref="PeerState"/> to and from <see cref="PeerStateSurrogate"/>.</summary>
[RegisterConverter]
public sealed class PeerStateConverter : IConverter<PeerState, PeerStateSurrogate>
{
    public PeerState ConvertFromSurrogate(in PeerStateSurrogate s) => new(s.Index, s.Knowledge, s.Practising, s.Engagement, s.Active, s.Fresh, s.Recovered, s.Opinion);

    public PeerStateSurrogate ConvertToSurrogate(in PeerState v) => new()
    {
        Index = v.Index,
        Knowledge = v.Knowledge,
        Practising = v.Practising,
        Engagement = v.Engagement,
        Active = v.Active,
        Fresh = v.Fresh,
        Recovered = v.Recovered,
        Opinion = v.Opinion,
    };
}
