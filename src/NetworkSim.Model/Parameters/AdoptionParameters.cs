namespace NetworkSim.Model.Parameters;

/// <summary>Adoption as complex contagion (mechanism 5). Per-practice thresholds live on the practice.</summary>
public sealed record AdoptionParameters
{
    [Parameter(0, 1, "probability per tick", "Chance per tick that a participant who passes both gates (knowledge, social proof) adopts, in a fully supportive school.", "001:L9, 000:L76",
        PlausibleLow = 0.075, PlausibleHigh = 0.225, PlausibleWhy = PlausibleReason.HalfToOneAndAHalf)]
    public double Rate { get; init; } = 0.15;

    [Parameter(0, 1, "factor", "Adoption chance in a school with no support, relative to a fully supportive one.", "002:L17-19, 000:L66",
        PlausibleLow = 0.15, PlausibleHigh = 0.5, PlausibleWhy = "assumption: without support a practice is much harder to take up (002:L17-19), from a seventh to half as likely")]
    public double UnsupportedFactor { get; init; } = 0.3;

    [Parameter(0, 5, "factor", "How much a practice's visible benefit (early wins) amplifies social proof: each practising contact counts (1 + boost x visibility) times.", "000:L42",
        PlausibleLow = 0.5, PlausibleHigh = 1.5, PlausibleWhy = PlausibleReason.HalfToOneAndAHalf)]
    public double VisibilityBoost { get; init; } = 1.0;

    [Parameter(0, 1, "share of gap", "Knowledge gained on a site visit to a school that practises, as a share of what is not yet known.", "000:L18, 000:L42",
        PlausibleLow = 0.1, PlausibleHigh = 0.3, PlausibleWhy = PlausibleReason.HalfToOneAndAHalf)]
    public double SiteVisitKnowledge { get; init; } = 0.2;

    [Parameter(0, 20, "trusted practitioners", "What a site visit adds to social proof right after it: having seen the practice counts as this many fully trusted practitioners among one's contacts, fading over site_visit_memory ticks.", "000:L42",
        PlausibleLow = 0.5, PlausibleHigh = 2, PlausibleWhy = "assumption: seeing a practice at work counts as much as from half to two fully trusted colleagues who practise it")]
    public double SiteVisitExposure { get; init; } = 1.0;

    [Parameter(1, 1000, "ticks", "Ticks over which what a visitor saw fades linearly to nothing.", "assumption A3", Integer = true,
        PlausibleLow = 4, PlausibleHigh = 26, PlausibleWhy = "assumption A3: from a month to half a school year")]
    public double SiteVisitMemory { get; init; } = 12;

    [Parameter(0, 0.5, "share of contacts", "Spread of thresholds between participants (share form of social proof): each participant's threshold for a practice is drawn once, uniform within this of the practice's threshold.", "assumption A11: heterogeneous thresholds (Granovetter 1978; Valente 1996); the seeds give none",
        PlausibleLow = 0.05, PlausibleHigh = 0.15, PlausibleWhy = "assumption A11: from thresholds close together to thresholds from 0 to half again above a practice's default threshold of 0.1")]
    public double ThresholdSpread { get; init; } = 0.1;

    [Parameter(0, 5, "share", "A participant who gave a practice up takes it up again only with a cause: social proof, or its school's support, at least this share above what it was when it gave up.", "assumption A12: discontinuance needs a reason to be reversed (Rogers 2003, disenchantment); the seeds give none",
        PlausibleLow = 0.1, PlausibleHigh = 0.5, PlausibleWhy = "assumption A12: from a tenth to a half more social proof or support than at giving up")]
    public double ReadoptionMargin { get; init; } = 0.25;
}
