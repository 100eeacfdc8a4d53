using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Scenarios;

/// <summary>Reads the <c>rules:</c> section: the networked-improvement model (default) or a textbook diffusion model.</summary>
public static class RulesReader
{
    public static RuleSet Read(YamlSection section)
    {
        var rules = new RuleSet
        {
            Kind = section.Enum("kind", RuleKind.NetworkedImprovement),
            P = section.Double("p", 0.03, 0, 1),
            Q = section.Double("q", 0.38, 0, 1),
            Threshold = section.Double("threshold", 0.18, 0, 1),
            ThresholdCount = section.Int("threshold_count", 0, 0, 1_000_000),
            ThresholdSpread = section.Double("threshold_spread", 0, 0, 1),
            Transmissibility = section.Double("transmissibility", 0.3, 0, 1),
            Beta = section.Double("beta", 0.2, 0, 1),
            Gamma = section.Double("gamma", 0.1, 0, 1),
            Confidence = section.Double("confidence", 0.2, 0, 1),
            Convergence = section.Double("convergence", 0.5, 0, 0.5),
            Meet = section.Double("meet", 0.1, 0, 1),
            Noise = section.Double("noise", 0, 0, 1),
        };
        section.RejectUnknownKeys();
        return rules;
    }
}
