using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Scenarios;

/// <summary>Reads the <c>rules:</c> section: the networked-improvement model (default) or a textbook diffusion model.</summary>
internal static class RulesReader
{
    /// <summary>The kind, then every key <see cref="RuleSet"/> declares with <see cref="SpecKeyAttribute"/>, with its default and range.</summary>
    public static RuleSet Read(YamlSection section)
    {
        var kind = section.Enum("kind", RuleKind.NetworkedImprovement);
        var form = section.Enum("social_proof", SocialProofForm.Share);
        if (kind != RuleKind.NetworkedImprovement && section.Has("social_proof"))
        {
            section.Warn("social_proof", $"has no effect: rules.kind: {YamlSection.EnumKey(kind.ToString())} counts adopting neighbours its own way (social_proof is the networked-improvement model's).");
        }

        var rules = SpecReader.Read(section, new RuleSet { Kind = kind, SocialProof = form });
        section.RejectUnknownKeys();
        return rules;
    }
}
