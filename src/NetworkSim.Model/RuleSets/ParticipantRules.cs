using NetworkSim.Model.Scenarios;
using NetworkSim.Model.RuleSets.Classic;
using NetworkSim.Model.RuleSets.Improvement;

namespace NetworkSim.Model.RuleSets;

/// <summary>The one place that maps a scenario's <see cref="RuleKind"/> to its rules.</summary>
public static class ParticipantRules
{
    /// <summary>Every rule set, in <see cref="RuleKind"/> order.</summary>
    public static readonly IReadOnlyList<IParticipantRules> All =
    [
        new ImprovementRules(),
        new BassRules(),
        new ThresholdRules(),
        new CascadeRules(),
        new SirRules(),
        new BoundedConfidenceRules(),
    ];

    public static IParticipantRules For(RuleKind kind) => kind switch
    {
        RuleKind.NetworkedImprovement => All[0],
        RuleKind.Bass => All[1],
        RuleKind.Threshold => All[2],
        RuleKind.IndependentCascade => All[3],
        RuleKind.Sir => All[4],
        RuleKind.BoundedConfidence => All[5],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No rules for this kind."),
    };
}
