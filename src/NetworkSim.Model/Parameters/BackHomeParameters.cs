namespace NetworkSim.Model.Parameters;

/// <summary>Back home: knowledge mobilisation to colleagues, discontinuance and institutionalisation (mechanism 6).</summary>
public sealed record BackHomeParameters
{
    [Parameter(0, 1, "probability per meeting", "Chance, at full school support, that a meeting of two colleagues carries what the network learns (a mobilising conversation); it scales with support.", "002:L15, 002:L19; size: assumption A9",
        PlausibleLow = 0.125, PlausibleHigh = 0.375, PlausibleWhy = "assumption A9: " + PlausibleReason.HalfToOneAndAHalf)]
    public double Mobilisation { get; init; } = 0.25;

    [Parameter(0, 1, "probability per tick", "Chance per tick that a network member and its co-teaching partner back home (one colleague who is not a member, drawn) meet; other colleagues meet at exchange.colleague_meet.", "002:L17; size: assumption A17",
        PlausibleLow = 0.25, PlausibleHigh = 0.75, PlausibleWhy = "assumption A17: partners who teach or plan together meet from every fourth week to most weeks")]
    public double PartnerMeet { get; init; } = 0.5;

    [Parameter(0, 1, "probability per tick", "Chance per tick that a practitioner in a school with no support gives the practice up.", "000:L66",
        PlausibleLow = 0.01, PlausibleHigh = 0.06, PlausibleWhy = "assumption: in a school with no support, a practitioner keeps a practice for about half a year on average (from about four months to two years)")]
    public double Discontinuance { get; init; } = 0.03;

    [Parameter(0, 1, "share of staff", "Share of a school's staff practising at which the practice counts as institutionalised.", "002:L17; threshold: assumption A4",
        PlausibleLow = 0.3, PlausibleHigh = 0.7, PlausibleWhy = "assumption A4: from under a third to over two thirds of the staff")]
    public double InstitutionalisedAt { get; init; } = 0.5;

    [Parameter(0, 1, "factor", "How much institutionalisation protects against discontinuance.", "002:L17",
        PlausibleLow = 0.6, PlausibleHigh = 0.95, PlausibleWhy = "assumption: an institutionalised practice is given up much less often (002:L17), from a little under half to a twentieth as often")]
    public double InstitutionProtection { get; init; } = 0.8;
}
