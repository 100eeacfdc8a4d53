using NetworkSim.Model.Metrics;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Runner.Calibration;

/// <summary>
/// A share an evaluator can observe, its column in the observed CSV, and how to read the same share from a simulated
/// tick: the share of everyone practising, of the network's members, of the colleagues back home, or of the schools
/// that institutionalised the practice.
/// </summary>
/// <param name="Metric">The metric of <see cref="MetricCatalog.Metrics"/> it is read from (a model that does not compute it cannot be fitted to it).</param>
public sealed record ObservedColumn(string Name, string Counted, string Metric)
{
    public static readonly ObservedColumn Adoption = new("adoption", "participants", "adoption_fraction");
    public static readonly ObservedColumn InNetwork = new("in_network", "network members", "in_network_fraction");
    public static readonly ObservedColumn BackHome = new("back_home", "colleagues back home", "back_home_fraction");
    public static readonly ObservedColumn SchoolsInstitutionalised = new("schools_institutionalised", "schools", "schools_institutionalised");

    public static readonly IReadOnlyList<ObservedColumn> All = [Adoption, InNetwork, BackHome, SchoolsInstitutionalised];

    /// <summary>The simulated share at one tick for practice <paramref name="practice"/>, of the whole network or of one school (<paramref name="school"/> ≥ 0, adoption only).</summary>
    public double Simulated(TickMetrics tick, int practice, int school) =>
        school >= 0 ? tick.Practices[practice].SchoolAdoption[school]
        : this == SchoolsInstitutionalised ? tick.Value(Metric, practice) / tick.Practices[practice].SchoolAdoption.Length
        : tick.Value(Metric, practice);

    /// <summary>How many people (or schools) the share is of: what a survey of n samples from.</summary>
    public long Population(NetworkDesign network, int school) =>
        school >= 0 ? network.StaffOf(school)
        : this == Adoption ? network.Participants
        : this == InNetwork ? network.TeamMembers
        : this == BackHome ? network.Participants - network.TeamMembers
        : network.SchoolCount;

    public override string ToString() => Name;
}
