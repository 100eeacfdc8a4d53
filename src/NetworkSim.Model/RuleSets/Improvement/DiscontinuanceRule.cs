using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.RuleSets.Improvement;

/// <summary>
/// Mechanism 6b: adopters in unsupportive schools may give the practice up; institutionalisation protects it, and so
/// does a facilitated safe space's tolerance for failure for network members (<see cref="FacilitationRule.FailureTolerance"/>).
/// </summary>
internal static class DiscontinuanceRule
{
    public static double Probability(BackHomeParameters p, double support, bool institutionalised, double tolerance = 0) =>
        p.Discontinuance * (1 - support) * (institutionalised ? 1 - p.InstitutionProtection : 1) * (1 - tolerance);
}
