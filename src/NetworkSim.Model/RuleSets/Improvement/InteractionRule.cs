using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.RuleSets.Improvement;

/// <summary>Whether two tied participants exchange in a tick. Symmetric, so both ends agree on a shared draw.</summary>
internal static class InteractionRule
{
    /// <summary>
    /// Colleagues meet at a fixed rate; network members meet more often at convenings, and only as often as
    /// both are engaged (the product of their engagements).
    /// </summary>
    public static double MeetProbability(ExchangeParameters p, bool colleagues, bool convening, double engagementA, double engagementB) =>
        colleagues ? p.ColleagueMeet : (convening ? p.MeetAtConvening : p.MeetBetween) * engagementA * engagementB;

    /// <summary>A network member and its co-teaching partner back home meet at their own rate (002:L17).</summary>
    public static double PartnerMeetProbability(BackHomeParameters p) => p.PartnerMeet;
}
