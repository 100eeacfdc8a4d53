using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Serialization;

/// <summary>The announcement of a tick (<see cref="NetworkTick"/>) in Orleans' generated binary format; the model itself carries no Orleans attributes.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.NetworkTick")]
public struct NetworkTickSurrogate
{
    [Id(0)]
    public int Tick;

    [Id(1)]
    public bool Convening;

    [Id(2)]
    public bool ExpertInput;

    [Id(3)]
    public bool SiteVisit;

    [Id(4)]
    public double[] NetworkMeanKnowledge;

    [Id(5)]
    public ulong PractisedInNetwork;

    [Id(6)]
    public BrokeredTie[] NewTies;

    [Id(7)]
    public double[] AdoptionFraction;
}

/// <summary>Converts <see cref="NetworkTick"/> to and from <see cref="NetworkTickSurrogate"/>.</summary>
[RegisterConverter]
public sealed class NetworkTickConverter : IConverter<NetworkTick, NetworkTickSurrogate>
{
    public NetworkTick ConvertFromSurrogate(in NetworkTickSurrogate s) => new(s.Tick, s.Convening, s.ExpertInput, s.SiteVisit, s.NetworkMeanKnowledge, s.PractisedInNetwork, s.NewTies, s.AdoptionFraction);

    public NetworkTickSurrogate ConvertToSurrogate(in NetworkTick v) => new()
    {
        Tick = v.Tick,
        Convening = v.Convening,
        ExpertInput = v.ExpertInput,
        SiteVisit = v.SiteVisit,
        NetworkMeanKnowledge = v.NetworkMeanKnowledge,
        PractisedInNetwork = v.PractisedInNetwork,
        NewTies = v.NewTies,
        AdoptionFraction = v.AdoptionFraction,
    };
}
