using NetworkSim.Model.Parameters;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Runner.Worlds;

/// <summary>
/// Designs compared across worlds may differ in what a funder or organiser chooses (name, network, team, facilitation,
/// schedule, practices' start, cost), not in how people respond: a behavioural parameter, or a practice's own
/// properties. Worlds vary those; a design that set one apart would mix its choice with an assumption.
/// </summary>
public static class DesignDifferences
{
    private const string Allowed = "Allowed: the same behavioural parameters and practices in every design (worlds vary them); " +
        "designs may differ in their name, network, team, facilitation, schedule, practices' start and cost.";

    /// <summary>Throws <see cref="ScenarioException"/> naming each design file and key that differs from the first design.</summary>
    public static void Check(IReadOnlyList<WorldDesign> designs)
    {
        var problems = new List<ScenarioProblem>();
        var first = designs[0];
        foreach (var design in designs.Skip(1))
        {
            void Differs(string key, string value, string firstValue) =>
                problems.Add(new ScenarioProblem(Path.GetFileName(design.File), null, key, $"{value}, while {Path.GetFileName(first.File)} has {firstValue}. {Allowed}"));

            foreach (var p in ParameterCatalog.All.Where(p => !p.Declaration.Design))
            {
                var (a, b) = (ParameterCatalog.Get(first.Scenario.Parameters, p), ParameterCatalog.Get(design.Scenario.Parameters, p));
                if (a != b)
                {
                    Differs(WorldSpace.Prefix + p.Key, WorldSpace.F(b), WorldSpace.F(a));
                }
            }

            for (var k = 0; k < Math.Min(first.Scenario.Practices.Count, design.Scenario.Practices.Count); k++)
            {
                var (a, b) = (first.Scenario.Practices[k], design.Scenario.Practices[k]);
                foreach (var (key, x, y) in new[]
                {
                    ("complexity", a.Complexity, b.Complexity), ("threshold", a.Threshold, b.Threshold), ("social_proof", a.SocialProof, b.SocialProof),
                    ("visibility", a.Visibility, b.Visibility), ("initial_knowledge", a.InitialKnowledge, b.InitialKnowledge),
                })
                {
                    if (x != y)
                    {
                        Differs($"practices[{k}].{key}", WorldSpace.F(y), WorldSpace.F(x));
                    }
                }

                if (a.Name != b.Name)
                {
                    Differs($"practices[{k}].name", $"'{b.Name}'", $"'{a.Name}'");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }
    }
}
