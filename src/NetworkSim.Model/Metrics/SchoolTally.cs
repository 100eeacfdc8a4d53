using NetworkSim.Model.Agents;
using Orleans;

namespace NetworkSim.Model.Metrics;

/// <summary>One school's counts at one tick, as its grain reports them. Sums, so that a run adds them up in school order.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.SchoolTally")]
public sealed record SchoolTally
{
    [Id(0)]
    public required int School { get; set; }

    [Id(1)]
    public required int Tick { get; set; }

    [Id(2)]
    public required double Support { get; set; }

    /// <summary>The school's sums of <see cref="MetricCatalog.Tallies"/>, laid out by <see cref="MetricCatalog.Offset"/>.</summary>
    [Id(3)]
    public required double[] Sums { get; set; }

    /// <summary>Opinions counted in <see cref="SchoolStep.OpinionBins"/> equal bins over [0, 1]; empty where the rule set holds no opinions.</summary>
    [Id(4)]
    public required int[] OpinionHistogram { get; set; }

    [Id(5)]
    public required ulong Institutionalised { get; set; }

    [Id(6)]
    public required AdoptionEvent[] Events { get; set; }

    /// <summary>Non-practitioners at the tick before, by practice and practising contacts (<see cref="ExposureCounter"/>).</summary>
    [Id(7)]
    public int[] ExposureAtRisk { get; set; } = [];

    /// <summary>Of those, how many adopted.</summary>
    [Id(8)]
    public int[] ExposureAdopted { get; set; } = [];

    [Id(9)]
    public required int[] DroppedOut { get; set; }

    /// <summary>
    /// Whether the school's next tick is quiet (<see cref="Engine.SchoolTick.Begin"/>) unless it is sent states or a new
    /// tie touches it: then that tick's tally is this one's, repeated (<see cref="Engine.QuietTick.Tally"/>).
    /// </summary>
    [Id(10)]
    public bool Settled { get; set; }

    /// <summary>The schools this one sent states to after the tick, to be read at their next tick (ascending).</summary>
    [Id(11)]
    public int[] SentTo { get; set; } = [];
}
