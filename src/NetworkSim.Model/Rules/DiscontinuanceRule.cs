using NetworkSim.Model.Parameters;

namespace NetworkSim.Model.Rules;

/// <summary>Mechanism 6b: adopters in unsupportive schools may give the practice up; institutionalisation protects it.</summary>
public static class DiscontinuanceRule
{
    public static double Probability(BackHomeParameters p, double support, bool institutionalised) =>
        p.Discontinuance * (1 - support) * (institutionalised ? 1 - p.InstitutionProtection : 1);
}
