using NetworkSim.Model.Agents;

namespace NetworkSim.Contracts.Serialization;

/// <summary>An adoption or discontinuance (<see cref="AdoptionEvent"/>) in Orleans' generated binary format; the model itself carries no Orleans attributes.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.AdoptionEvent")]
public struct AdoptionEventSurrogate
{
    [Id(0)]
    public int Tick;

    [Id(1)]
    public int Participant;

    [Id(2)]
    public int Practice;

    [Id(3)]
    public bool Adopted;

    [Id(4)]
    public int Exposure;
}

/// <summary>Converts <see cref="AdoptionEvent"/> to and from <see cref="AdoptionEventSurrogate"/>.</summary>
[RegisterConverter]
public sealed class AdoptionEventConverter : IConverter<AdoptionEvent, AdoptionEventSurrogate>
{
    public AdoptionEvent ConvertFromSurrogate(in AdoptionEventSurrogate s) => new(s.Tick, s.Participant, s.Practice, s.Adopted, s.Exposure);

    public AdoptionEventSurrogate ConvertToSurrogate(in AdoptionEvent v) => new()
    {
        Tick = v.Tick,
        Participant = v.Participant,
        Practice = v.Practice,
        Adopted = v.Adopted,
        Exposure = v.Exposure,
    };
}
