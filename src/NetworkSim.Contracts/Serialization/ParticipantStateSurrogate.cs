using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Serialization;

/// <summary>A participant's full state (the state class a participant grain holds and a school hands over) (<see cref="ParticipantState"/>) in Orleans' generated binary format; the model itself carries no Orleans attributes.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.ParticipantState")]
public struct ParticipantStateSurrogate
{
    [Id(0)]
    public int Index;

    [Id(1)]
    public int Tick;

    [Id(2)]
    public double[] Knowledge;

    [Id(3)]
    public ulong Practising;

    [Id(4)]
    public ulong Seen;

    [Id(5)]
    public int[] AdoptedTick;

    [Id(6)]
    public double Engagement;

    [Id(7)]
    public bool DroppedOut;

    [Id(8)]
    public double[] Trust;

    [Id(9)]
    public int[] BrokeredContacts;

    [Id(10)]
    public int[] BrokeredTick;

    [Id(11)]
    public ulong Recovered;

    [Id(12)]
    public double Opinion;

    [Id(13)]
    public int SeenTick;

    [Id(14)]
    public double[] GaveUpProof;

    [Id(15)]
    public double[] GaveUpSupport;
}

/// <summary>Converts <see cref="ParticipantState"/> to and from <see cref="ParticipantStateSurrogate"/>.</summary>
[RegisterConverter]
public sealed class ParticipantStateConverter : IConverter<ParticipantState, ParticipantStateSurrogate>
{
    public ParticipantState ConvertFromSurrogate(in ParticipantStateSurrogate s) => new()
        {
            Index = s.Index,
            Tick = s.Tick,
            Knowledge = s.Knowledge,
            Practising = s.Practising,
            Seen = s.Seen,
            AdoptedTick = s.AdoptedTick,
            Engagement = s.Engagement,
            DroppedOut = s.DroppedOut,
            Trust = [.. s.Trust],
            BrokeredContacts = [.. s.BrokeredContacts],
            BrokeredTick = [.. s.BrokeredTick],
            Recovered = s.Recovered,
            Opinion = s.Opinion,
            SeenTick = s.SeenTick,
            GaveUpProof = s.GaveUpProof ?? [],
            GaveUpSupport = s.GaveUpSupport ?? [],
        };

    public ParticipantStateSurrogate ConvertToSurrogate(in ParticipantState v) => new()
    {
        Index = v.Index,
        Tick = v.Tick,
        Knowledge = v.Knowledge,
        Practising = v.Practising,
        Seen = v.Seen,
        AdoptedTick = v.AdoptedTick,
        Engagement = v.Engagement,
        DroppedOut = v.DroppedOut,
        Trust = [.. v.Trust],
        BrokeredContacts = [.. v.BrokeredContacts],
        BrokeredTick = [.. v.BrokeredTick],
        Recovered = v.Recovered,
        Opinion = v.Opinion,
        SeenTick = v.SeenTick,
        GaveUpProof = v.GaveUpProof,
        GaveUpSupport = v.GaveUpSupport,
    };
}
