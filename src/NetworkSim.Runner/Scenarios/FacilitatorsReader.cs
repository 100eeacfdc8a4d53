using NetworkSim.Model.RuleSets;
using NetworkSim.Model.Scenarios;
using NetworkSim.Runner.Files;
using YamlDotNet.RepresentationModel;

namespace NetworkSim.Runner.Scenarios;

/// <summary>A scenario's <c>facilitators:</c> section: how many, their two strengths, capacity, the schools each serves, and when funding ends.</summary>
internal static class FacilitatorsReader
{
    /// <remarks>
    /// Facilitators act only through the networked-improvement model's rules (brokering, safe space, expert input,
    /// synthesis): the textbook models have none, so they default to no facilitator and refuse one. A facilitator
    /// there used to be counted as brokering ties that no rule ever applied.
    /// </remarks>
    public static FacilitationSpec Read(YamlSection section, NetworkDesign network, RuleKind rules)
    {
        var facilitated = ParticipantRules.For(rules).Holds.HasFlag(Quantities.Facilitation);
        foreach (var old in new[] { "strength", "style" }.Where(section.Has))
        {
            section.Take(old);
            section.Problem(old, "strength and style were replaced: process and content are now two strengths, not one split between them. " +
                "Allowed: process: 0 to 1 and content: 0 to 1 (strength 0.7 with style 0.3 was process 0.49, content 0.21).");
        }

        var serves = ReadServes(section, network);
        // Left out, count is one facilitator per serves list, else the declared default, and none for rules without facilitation.
        var declared = new FacilitationSpec();
        var spec = SpecReader.Read(section, declared with { Count = serves.Count > 0 ? serves.Count : facilitated ? declared.Count : 0, Serves = serves });
        section.RejectUnknownKeys();
        if (serves.Count > 0 && spec.Count != serves.Count)
        {
            section.Problem("count", $"{spec.Count} facilitator(s) but serves lists {serves.Count}. Allowed: one list of schools per facilitator, or leave count out.");
        }

        if (network.SchoolCount > 0 && spec.Count > network.SchoolCount)
        {
            section.Problem("count", $"{spec.Count} facilitators for {network.SchoolCount} schools. Allowed: at most one facilitator per school.");
        }

        if (!facilitated && spec.Count > 0)
        {
            section.Problem("count", $"{spec.Count} facilitator(s) with rules.kind: {YamlSection.EnumKey(rules.ToString())}, whose rules have no facilitation. " +
                "Allowed: 0 (facilitators broker ties, make a safe space and bring expert input in the networked-improvement model only).");
        }

        return spec;
    }

    /// <summary><c>serves: [[A, B], [C]]</c>: the schools each facilitator serves, by name; a school in no list has none.</summary>
    private static IReadOnlyList<IReadOnlyList<int>> ReadServes(YamlSection section, NetworkDesign network)
    {
        const string allowed = "one list of school names per facilitator, e.g. serves: [[Riverside, Hillcrest], [Oakfield]]";
        var result = new List<IReadOnlyList<int>>();
        var seen = new HashSet<string>();
        foreach (var item in section.Sequence("serves", allowed))
        {
            if (item is not YamlSequenceNode list)
            {
                section.Problem("serves", $"item {result.Count} is not a list of schools. Allowed: {allowed}.", item);
                continue;
            }

            var schools = new List<int>();
            foreach (var name in list.Children)
            {
                var text = (name as YamlScalarNode)?.Value ?? "";
                var index = network.Schools.ToList().IndexOf(text);
                if (index < 0)
                {
                    section.Problem("serves", $"{InputText.Quote(text)} is not a school of this network.{Suggestions.DidYouMean(text, network.Schools)} Allowed: {ScenarioReader.Names(network.Schools)}.", name);
                }
                else if (!seen.Add(text))
                {
                    section.Problem("serves", $"{InputText.Quote(text)} is served by two facilitators. Allowed: each school in at most one list.", name);
                }
                else
                {
                    schools.Add(index);
                }
            }

            result.Add(schools);
        }

        return result;
    }
}
