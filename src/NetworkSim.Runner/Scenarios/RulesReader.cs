using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Scenarios;

/// <summary>Reads the <c>rules:</c> section: the networked-improvement model (default) or a textbook diffusion model.</summary>
internal static class RulesReader
{
    /// <summary>Every key <see cref="RuleSet"/> declares, with its default and range; a key of another kind's rules is warned about.</summary>
    public static RuleSet Read(YamlSection section)
    {
        var rules = SpecReader.Read(section, new RuleSet());
        section.RejectUnknownKeys();
        return rules;
    }
}
