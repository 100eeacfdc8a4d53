using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Scenarios;

/// <summary>Reads the <c>rules:</c> section: the networked-improvement model (default) or a textbook diffusion model.</summary>
public static class RulesReader
{
    /// <summary>The kind, then every key <see cref="RuleSet"/> declares with <see cref="SpecKeyAttribute"/>, with its default and range.</summary>
    public static RuleSet Read(YamlSection section)
    {
        var rules = SpecReader.Read(section, new RuleSet { Kind = section.Enum("kind", RuleKind.NetworkedImprovement) });
        section.RejectUnknownKeys();
        return rules;
    }
}
