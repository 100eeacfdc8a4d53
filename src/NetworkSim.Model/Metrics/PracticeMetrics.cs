using Orleans;

namespace NetworkSim.Model.Metrics;

/// <summary>One practice at one tick of one replicate, school by school (the run's own values are in <see cref="TickMetrics.Totals"/> and <see cref="TickMetrics.SchoolLevels"/>).</summary>
/// <param name="SchoolAdoption">Each school's share of staff practising it, in school order.</param>
[GenerateSerializer, Immutable, Alias("NetworkSim.PracticeMetrics")]
public sealed record PracticeMetrics(double[] SchoolAdoption);
