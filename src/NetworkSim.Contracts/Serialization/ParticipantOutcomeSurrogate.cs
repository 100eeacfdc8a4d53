using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;

namespace NetworkSim.Contracts.Serialization;

/// <summary>A participant's stepped state and report (<see cref="ParticipantOutcome"/>) in Orleans' generated binary format; the model itself carries no Orleans attributes.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.ParticipantOutcome")]
public struct ParticipantOutcomeSurrogate
{
    [Id(0)]
    public ParticipantState State;

    [Id(1)]
    public ParticipantReport Report;

    [Id(2)]
    public int[]? Contacts;
}

/// <summary>Converts <see cref="ParticipantOutcome"/> to and from <see cref="ParticipantOutcomeSurrogate"/>.</summary>
[RegisterConverter]
public sealed class ParticipantOutcomeConverter : IConverter<ParticipantOutcome, ParticipantOutcomeSurrogate>
{
    public ParticipantOutcome ConvertFromSurrogate(in ParticipantOutcomeSurrogate s) => new(s.State, s.Report, s.Contacts);

    public ParticipantOutcomeSurrogate ConvertToSurrogate(in ParticipantOutcome v) => new()
    {
        State = v.State,
        Report = v.Report,
        Contacts = v.Contacts,
    };
}
