namespace NetworkSim.Model.Scenarios;

/// <summary>When the network meets, visits and hears from experts. A tick is one week.</summary>
public sealed record ScheduleSpec
{
    /// <summary>Ticks between convenings (0 = never); the first is at tick 0.</summary>
    public int ConveningEvery { get; init; } = 4;

    /// <summary>Ticks at which network members visit a school that practises.</summary>
    public IReadOnlyList<int> SiteVisits { get; init; } = [];

    /// <summary>Ticks at which facilitators bring in expert content.</summary>
    public IReadOnlyList<int> ExpertInput { get; init; } = [];

    public bool IsConvening(int tick) => ConveningEvery > 0 && tick % ConveningEvery == 0;
}
