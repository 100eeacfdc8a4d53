using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.Scenarios;

/// <summary>When the network meets, visits and hears from experts. A tick is one week.</summary>
public sealed record ScheduleSpec
{
    /// <summary>Ticks between convenings (0 = never); the first is at tick 0.</summary>
    [Parameter(0, 100_000, "ticks", "Ticks between convenings of the network, the first at tick 0 (0 = never).", "000:L54, 004:L49")]
    public int ConveningEvery { get; init; } = 4;

    /// <summary>Ticks at which network members visit a school that practises.</summary>
    [Parameter(0, 100_000, "ticks", "Ticks at which network members visit a school that practises (a tick past the end never comes).", "000:L42")]
    public IReadOnlyList<int> SiteVisits { get; init; } = [];

    /// <summary>Ticks at which facilitators bring in expert content.</summary>
    [Parameter(0, 100_000, "ticks", "Ticks at which facilitators bring in expert content (a tick past the end never comes).", "000:L46, 000:L50")]
    public IReadOnlyList<int> ExpertInput { get; init; } = [];

    public bool IsConvening(int tick) => ConveningEvery > 0 && tick % ConveningEvery == 0;
}
