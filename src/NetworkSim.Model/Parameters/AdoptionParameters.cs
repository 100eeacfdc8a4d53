namespace NetworkSim.Model.Parameters;

/// <summary>Adoption as complex contagion (mechanism 5). Per-practice thresholds live on the practice.</summary>
public sealed record AdoptionParameters
{
    [Parameter(0, 1, "probability per tick", "Chance per tick that a participant who passes both gates (knowledge, social proof) adopts, in a fully supportive school.", "001:L9, 000:L76")]
    public double Rate { get; init; } = 0.15;

    [Parameter(0, 1, "factor", "Adoption chance in a school with no support, relative to a fully supportive one.", "002:L17-19, 000:L66")]
    public double UnsupportedFactor { get; init; } = 0.3;

    [Parameter(0, 5, "factor", "How much a practice's visible benefit (early wins) amplifies social proof: exposure x (1 + boost x visibility).", "000:L42")]
    public double VisibilityBoost { get; init; } = 1.0;

    [Parameter(0, 1, "share of gap", "Knowledge gained on a site visit to a school that practises, as a share of what is not yet known.", "000:L18, 000:L42")]
    public double SiteVisitKnowledge { get; init; } = 0.2;

    [Parameter(0, 20, "trusted adopters", "Social proof a site visit adds right after it: having seen the practice counts as this many fully trusted adopters, fading over site_visit_memory ticks.", "000:L42")]
    public double SiteVisitExposure { get; init; } = 1.0;

    [Parameter(1, 1000, "ticks", "Ticks over which what a visitor saw fades linearly to nothing.", "assumption A3", Integer = true)]
    public double SiteVisitMemory { get; init; } = 12;
}
