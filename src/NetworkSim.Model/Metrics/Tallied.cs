using NetworkSim.Model.Agents;
using NetworkSim.Model.RuleSets;

namespace NetworkSim.Model.Metrics;

/// <summary>
/// A quantity each school sums over its participants (in their order) and the run sums over schools (in school
/// order), so its total is reproducible bit for bit however schools are spread over silos.
/// </summary>
/// <param name="Name">Its name, by which metrics read its total.</param>
/// <param name="PerPractice">One total per practice rather than one for the run.</param>
/// <param name="Value">A participant's contribution, given the run, its report at the tick and the practice (0 when not per practice).</param>
/// <param name="Of">What a rule set must hold for it to be tallied (<see cref="IParticipantRules.Holds"/>); elsewhere its total stays 0 and every metric read from it is empty.</param>
public sealed record Tallied(string Name, bool PerPractice, Func<RunModel, ParticipantReport, int, double> Value, Quantities Of = Quantities.None);
