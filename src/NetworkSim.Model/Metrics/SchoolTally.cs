using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Metrics;

/// <summary>One school's counts at one tick, as its grain reports them. Sums, so that a run adds them up in school order.</summary>
public sealed record SchoolTally
{
    public required int School { get; init; }

    public required int Tick { get; init; }

    public required double Support { get; init; }

    /// <summary>The school's sums of <see cref="MetricCatalog.Tallies"/>, laid out by <see cref="MetricCatalog.Offset"/>.</summary>
    public required double[] Sums { get; init; }

    /// <summary>Opinions counted in <see cref="SchoolStep.OpinionBins"/> equal bins over [0, 1].</summary>
    public required int[] OpinionHistogram { get; init; }

    public required ulong Institutionalised { get; init; }

    public required AdoptionEvent[] Events { get; init; }

    /// <summary>Non-practitioners at the tick before, by practice and practising contacts (<see cref="ExposureCounter"/>).</summary>
    public int[] ExposureAtRisk { get; init; } = [];

    /// <summary>Of those, how many adopted.</summary>
    public int[] ExposureAdopted { get; init; } = [];

    public required int[] DroppedOut { get; init; }
}
