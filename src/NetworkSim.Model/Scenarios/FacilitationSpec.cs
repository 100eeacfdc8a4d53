namespace NetworkSim.Model.Scenarios;

/// <summary>The network's facilitators. Schools are shared out among them in equal consecutive blocks.</summary>
public sealed record FacilitationSpec
{
    public int Count { get; init; } = 1;

    /// <summary>How much facilitation each gives, 0–1.</summary>
    public double Strength { get; init; } = 0.7;

    /// <summary>0 = all process (brokering, safe space, synthesis), 1 = all content (expert input).</summary>
    public double Style { get; init; } = 0.3;

    public double ProcessLevel => Count == 0 ? 0 : Strength * (1 - Style);

    public double ContentLevel => Count == 0 ? 0 : Strength * Style;
}
