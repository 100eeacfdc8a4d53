using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.Rules;

/// <summary>
/// Mechanism 4: the facilitator's content levers (expert input) and process levers (synthesis; safe space is in
/// <see cref="TrustRule"/>, brokering in <see cref="BrokeringRule"/>). Site visits (mechanism 5) are organised here too.
/// </summary>
public static class FacilitationRule
{
    public static double ExpertGain(FacilitationParameters p, double content, double knowledge) =>
        p.ExpertGain * content * (1 - knowledge);

    public static double SynthesisGain(FacilitationParameters p, double process, double networkMean, double knowledge) =>
        networkMean > knowledge ? p.Synthesis * process * (networkMean - knowledge) : 0;

    public static double SiteVisitGain(AdoptionParameters p, double knowledge) =>
        p.SiteVisitKnowledge * (1 - knowledge);
}
