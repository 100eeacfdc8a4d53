using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.RuleSets.Improvement;

/// <summary>
/// Mechanism 4: the facilitator's content levers (expert input) and process levers (synthesis; safe space is in
/// <see cref="TrustRule"/>, brokering in <see cref="BrokeringRule"/>). Site visits (mechanism 5) are organised here too.
/// </summary>
internal static class FacilitationRule
{
    public static double ExpertGain(FacilitationParameters p, double content, double knowledge) =>
        p.ExpertGain * content * (1 - knowledge);

    public static double SynthesisGain(FacilitationParameters p, double process, double networkMean, double knowledge) =>
        networkMean > knowledge ? p.Synthesis * process * (networkMean - knowledge) : 0;

    /// <summary>
    /// Help in applying learning (001:L64: facilitators "help participants anticipate potential challenges in applying
    /// learning ... and can offer expertise and resources to help ensure changes are implemented in the participant
    /// organizations"): draws on both strengths, so it is the mean of the school's process and content levels.
    /// </summary>
    public static double ImplementationHelp(FacilitationParameters p, double process, double content) =>
        p.Implementation * 0.5 * (process + content);

    /// <summary>
    /// Tolerance for failure in a safe space (001:L52: "a high tolerance for failure ... mining failures"): the share by
    /// which a network member's chance of giving a practice up falls at the school's process level.
    /// </summary>
    public static double FailureTolerance(FacilitationParameters p, double process) =>
        Math.Clamp(p.SafeSpace * process, 0, 1);

    public static double SiteVisitGain(AdoptionParameters p, double knowledge) =>
        p.SiteVisitKnowledge * (1 - knowledge);
}
