using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Serialization;

/// <summary>A participant's report (<see cref="ParticipantReport"/>) in Orleans' generated binary format; the model itself carries no Orleans attributes.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.ParticipantReport")]
public struct ParticipantReportSurrogate
{
    [Id(0)]
    public PeerState State;

    [Id(1)]
    public double CrossTrust;

    [Id(2)]
    public int CrossTies;

    [Id(3)]
    public double ColleagueTrust;

    [Id(4)]
    public int ColleagueTies;

    [Id(5)]
    public AdoptionEvent[] Events;

    [Id(6)]
    public bool DroppedOutNow;
}

/// <summary>Converts <see cref="ParticipantReport"/> to and from <see cref="ParticipantReportSurrogate"/>.</summary>
[RegisterConverter]
public sealed class ParticipantReportConverter : IConverter<ParticipantReport, ParticipantReportSurrogate>
{
    public ParticipantReport ConvertFromSurrogate(in ParticipantReportSurrogate s) => new(s.State, s.CrossTrust, s.CrossTies, s.ColleagueTrust, s.ColleagueTies, s.Events, s.DroppedOutNow);

    public ParticipantReportSurrogate ConvertToSurrogate(in ParticipantReport v) => new()
    {
        State = v.State,
        CrossTrust = v.CrossTrust,
        CrossTies = v.CrossTies,
        ColleagueTrust = v.ColleagueTrust,
        ColleagueTies = v.ColleagueTies,
        Events = v.Events,
        DroppedOutNow = v.DroppedOutNow,
    };
}
