using NetworkSim.Model.Network;
using NetworkSim.Model.Parameters;
using NetworkSim.Model.RuleSets;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Agents;

/// <summary>
/// Everything static about one replicate: the resolved scenario, its seed and the network built from them.
/// Immutable and shared by every grain of the run on a silo.
/// </summary>
public sealed class RunModel
{
    public RunModel(Scenario scenario, ulong seed)
    {
        if (scenario.Practices.Count > 64)
        {
            throw new ArgumentException("At most 64 practices are supported.", nameof(scenario));
        }

        Scenario = scenario;
        Seed = seed;
        ParticipantRules = RuleSets.ParticipantRules.For(scenario.Rules.Kind);
        Network = NetworkBuilder.Build(scenario, seed);
        InitialAdopters = scenario.Practices.Select((practice, k) => InitialAdoption.Choose(this, practice, k)).ToArray();
    }

    /// <summary>Who practises each practice at tick 0.</summary>
    public IReadOnlyList<HashSet<int>> InitialAdopters { get; }

    public RuleSet Rules => Scenario.Rules;

    /// <summary>How participants move under the scenario's rule set.</summary>
    public IParticipantRules ParticipantRules { get; }

    public Scenario Scenario { get; }

    public ulong Seed { get; }

    public BuiltNetwork Network { get; }

    public ModelParameters Parameters => Scenario.Parameters;

    public int PracticeCount => Scenario.Practices.Count;

    /// <summary>The facilitator's process level at a school (0 without one).</summary>
    public double ProcessLevel(int school) => Network.Facilitator[school] < 0 ? 0 : Scenario.Facilitators.ProcessLevel;

    /// <summary>The facilitator's content level at a school (0 without one).</summary>
    public double ContentLevel(int school) => Network.Facilitator[school] < 0 ? 0 : Scenario.Facilitators.ContentLevel;
}
