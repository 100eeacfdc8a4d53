using NetworkSim.Model.Metrics;

namespace NetworkSim.Contracts.Serialization;

/// <summary>A practice's school-level outcomes (<see cref="PracticeMetrics"/>) in Orleans' generated binary format; the model itself carries no Orleans attributes.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.PracticeMetrics")]
public struct PracticeMetricsSurrogate
{
    [Id(0)]
    public int SchoolsInstitutionalised;

    [Id(1)]
    public double[] SchoolAdoption;

    [Id(2)]
    public double SchoolAdoptionGini;
}

/// <summary>Converts <see cref="PracticeMetrics"/> to and from <see cref="PracticeMetricsSurrogate"/>.</summary>
[RegisterConverter]
public sealed class PracticeMetricsConverter : IConverter<PracticeMetrics, PracticeMetricsSurrogate>
{
    public PracticeMetrics ConvertFromSurrogate(in PracticeMetricsSurrogate s) => new(s.SchoolsInstitutionalised, s.SchoolAdoption, s.SchoolAdoptionGini);

    public PracticeMetricsSurrogate ConvertToSurrogate(in PracticeMetrics v) => new()
    {
        SchoolsInstitutionalised = v.SchoolsInstitutionalised,
        SchoolAdoption = v.SchoolAdoption,
        SchoolAdoptionGini = v.SchoolAdoptionGini,
    };
}
