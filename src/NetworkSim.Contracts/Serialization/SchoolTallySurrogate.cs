using NetworkSim.Model.Agents;
using NetworkSim.Model.Metrics;

namespace NetworkSim.Contracts.Serialization;

/// <summary>A school's tally (<see cref="SchoolTally"/>) in Orleans' generated binary format; the model itself carries no Orleans attributes.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.SchoolTally")]
public struct SchoolTallySurrogate
{
    [Id(0)]
    public int School;

    [Id(1)]
    public int Tick;

    [Id(2)]
    public double Support;

    [Id(3)]
    public double[] Sums;

    [Id(4)]
    public int[] OpinionHistogram;

    [Id(5)]
    public ulong Institutionalised;

    [Id(6)]
    public AdoptionEvent[] Events;

    [Id(7)]
    public int[] ExposureAtRisk;

    [Id(8)]
    public int[] ExposureAdopted;

    [Id(9)]
    public int[] DroppedOut;
}

/// <summary>Converts <see cref="SchoolTally"/> to and from <see cref="SchoolTallySurrogate"/>.</summary>
[RegisterConverter]
public sealed class SchoolTallyConverter : IConverter<SchoolTally, SchoolTallySurrogate>
{
    public SchoolTally ConvertFromSurrogate(in SchoolTallySurrogate s) => new()
    {
        School = s.School,
        Tick = s.Tick,
        Support = s.Support,
        Sums = s.Sums,
        OpinionHistogram = s.OpinionHistogram,
        Institutionalised = s.Institutionalised,
        Events = s.Events,
        ExposureAtRisk = s.ExposureAtRisk,
        ExposureAdopted = s.ExposureAdopted,
        DroppedOut = s.DroppedOut,
    };

    public SchoolTallySurrogate ConvertToSurrogate(in SchoolTally v) => new()
    {
        School = v.School,
        Tick = v.Tick,
        Support = v.Support,
        Sums = v.Sums,
        OpinionHistogram = v.OpinionHistogram,
        Institutionalised = v.Institutionalised,
        Events = v.Events,
        ExposureAtRisk = v.ExposureAtRisk,
        ExposureAdopted = v.ExposureAdopted,
        DroppedOut = v.DroppedOut,
    };
}
