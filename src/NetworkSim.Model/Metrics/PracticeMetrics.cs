using Orleans;

namespace NetworkSim.Model.Metrics;

/// <summary>One practice's school-level outcomes at one tick of one replicate (per-participant totals are in <see cref="TickMetrics.Totals"/>).</summary>
/// <param name="SchoolsInstitutionalised">Schools that have institutionalised it.</param>
/// <param name="SchoolAdoption">Each school's share of staff practising it, in school order.</param>
/// <param name="SchoolAdoptionGini">Gini coefficient of <paramref name="SchoolAdoption"/>.</param>
[GenerateSerializer, Immutable, Alias("NetworkSim.PracticeMetrics")]
public sealed record PracticeMetrics(int SchoolsInstitutionalised, double[] SchoolAdoption, double SchoolAdoptionGini);
