using NetworkSim.Model.RuleSets;

namespace NetworkSim.Model.Metrics;

/// <summary>
/// A quantity of the run read from its schools' tallies as a whole, not summed participant by participant: how
/// many schools have institutionalised a practice, how unequal adoption is between schools, their mean support.
/// Declared once in <see cref="MetricCatalog.SchoolLevels"/>; the run computes every one from the tallies in school
/// order, so it comes out the same whichever host (the sequential engine or the grains on any silos) made them.
/// </summary>
/// <param name="Name">Its name, by which metrics read it.</param>
/// <param name="PerPractice">One value per practice rather than one for the run.</param>
/// <param name="Value">Its value from the tallies in school order, for a practice (0 when not per practice), given the number of practices.</param>
/// <param name="Of">What a rule set must hold for it to be computed (<see cref="IParticipantRules.Holds"/>); elsewhere it stays 0 and every metric read from it is empty.</param>
public sealed record SchoolLevel(string Name, bool PerPractice, Func<IReadOnlyList<SchoolTally>, int, int, double> Value, Quantities Of = Quantities.None)
{
    /// <summary>A value of each school (from its tally, for a practice, given the number of practices), reduced over the schools in order.</summary>
    public static SchoolLevel Reduced(string name, bool perPractice, Func<SchoolTally, int, int, double> ofSchool, Func<double[], double> reduce, Quantities of = Quantities.None) =>
        new(name, perPractice, (schools, k, practices) =>
        {
            var values = new double[schools.Count];
            for (var s = 0; s < values.Length; s++)
            {
                values[s] = ofSchool(schools[s], k, practices);
            }

            return reduce(values);
        }, of);

    /// <summary>The sum in order.</summary>
    public static double Sum(double[] values)
    {
        double total = 0;
        foreach (var v in values)
        {
            total += v;
        }

        return total;
    }

    /// <summary>The mean, summed in order; 0 with no schools.</summary>
    public static double Mean(double[] values) => values.Length == 0 ? 0 : Sum(values) / values.Length;
}
