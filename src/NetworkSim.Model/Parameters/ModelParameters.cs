namespace NetworkSim.Model.Parameters;

/// <summary>Every rule parameter of the model, grouped by mechanism. Keys in a scenario are <c>group.name</c> in snake case.</summary>
public sealed record ModelParameters
{
    public ExchangeParameters Exchange { get; init; } = new();
    public TrustParameters Trust { get; init; } = new();
    public FacilitationParameters Facilitation { get; init; } = new();
    public AdoptionParameters Adoption { get; init; } = new();
    public BackHomeParameters BackHome { get; init; } = new();
    public EngagementParameters Engagement { get; init; } = new();
    public SchoolParameters School { get; init; } = new();
}
