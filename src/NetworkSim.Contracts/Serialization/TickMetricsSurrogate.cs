using NetworkSim.Model.Agents;
using NetworkSim.Model.Metrics;

namespace NetworkSim.Contracts.Serialization;

/// <summary>A run's metrics at a tick (<see cref="TickMetrics"/>) in Orleans' generated binary format; the model itself carries no Orleans attributes.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.TickMetrics")]
public struct TickMetricsSurrogate
{
    [Id(0)]
    public int Tick;

    [Id(1)]
    public double[] Totals;

    [Id(2)]
    public PracticeMetrics[] Practices;

    [Id(3)]
    public int BrokeredTies;

    [Id(4)]
    public double MeanSupport;

    [Id(5)]
    public int OpinionClusters;

    [Id(6)]
    public AdoptionEvent[] Events;

    [Id(7)]
    public int[] ExposureAtRisk;

    [Id(8)]
    public int[] ExposureAdopted;
}

/// <summary>Converts <see cref="TickMetrics"/> to and from <see cref="TickMetricsSurrogate"/>.</summary>
[RegisterConverter]
public sealed class TickMetricsConverter : IConverter<TickMetrics, TickMetricsSurrogate>
{
    public TickMetrics ConvertFromSurrogate(in TickMetricsSurrogate s) => new()
    {
        Tick = s.Tick,
        Totals = s.Totals,
        Practices = s.Practices,
        BrokeredTies = s.BrokeredTies,
        MeanSupport = s.MeanSupport,
        OpinionClusters = s.OpinionClusters,
        Events = s.Events,
        ExposureAtRisk = s.ExposureAtRisk,
        ExposureAdopted = s.ExposureAdopted,
    };

    public TickMetricsSurrogate ConvertToSurrogate(in TickMetrics v) => new()
    {
        Tick = v.Tick,
        Totals = v.Totals,
        Practices = v.Practices,
        BrokeredTies = v.BrokeredTies,
        MeanSupport = v.MeanSupport,
        OpinionClusters = v.OpinionClusters,
        Events = v.Events,
        ExposureAtRisk = v.ExposureAtRisk,
        ExposureAdopted = v.ExposureAdopted,
    };
}
