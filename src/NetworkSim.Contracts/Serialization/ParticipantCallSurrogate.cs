using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;

namespace NetworkSim.Contracts.Serialization;

/// <summary>A school's call to a participant (<see cref="ParticipantCall"/>) in Orleans' generated binary format; the model itself carries no Orleans attributes.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.ParticipantCall")]
public struct ParticipantCallSurrogate
{
    [Id(0)]
    public int Local;

    [Id(1)]
    public int StateTick;

    [Id(2)]
    public SchoolContext Context;

    [Id(3)]
    public PeerState[] Contacts;
}

/// <summary>Converts <see cref="ParticipantCall"/> to and from <see cref="ParticipantCallSurrogate"/>.</summary>
[RegisterConverter]
public sealed class ParticipantCallConverter : IConverter<ParticipantCall, ParticipantCallSurrogate>
{
    public ParticipantCall ConvertFromSurrogate(in ParticipantCallSurrogate s) => new(s.Local, s.StateTick, s.Context, s.Contacts);

    public ParticipantCallSurrogate ConvertToSurrogate(in ParticipantCall v) => new()
    {
        Local = v.Local,
        StateTick = v.StateTick,
        Context = v.Context,
        Contacts = v.Contacts,
    };
}
