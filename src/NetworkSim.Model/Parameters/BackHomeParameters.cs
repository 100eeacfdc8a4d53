namespace NetworkSim.Model.Parameters;

/// <summary>Back home: knowledge mobilisation to colleagues, discontinuance and institutionalisation (mechanism 6).</summary>
public sealed record BackHomeParameters
{
    [Parameter(0, 1, "factor", "Colleague exchange rate relative to network exchange, at full school support (it scales with support).", "002:L15, 002:L19; size: assumption A9")]
    public double Mobilisation { get; init; } = 0.25;

    [Parameter(0, 1, "probability per tick", "Chance per tick that a practitioner in a school with no support gives the practice up.", "000:L66")]
    public double Discontinuance { get; init; } = 0.03;

    [Parameter(0, 1, "share of staff", "Share of a school's staff practising at which the practice counts as institutionalised.", "002:L17; threshold: assumption A4")]
    public double InstitutionalisedAt { get; init; } = 0.5;

    [Parameter(0, 1, "factor", "How much institutionalisation protects against discontinuance.", "002:L17")]
    public double InstitutionProtection { get; init; } = 0.8;
}
