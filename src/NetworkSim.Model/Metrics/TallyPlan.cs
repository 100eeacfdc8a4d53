using System.Collections.Concurrent;
using NetworkSim.Model.Agents;
using NetworkSim.Model.RuleSets;

namespace NetworkSim.Model.Metrics;

/// <summary>
/// The <see cref="MetricCatalog.Tallies"/> a rule set holds, each with where its total sits in a school's tally of
/// so many practices: what a school adds up for each report, worked out once for the run's kind rather than for
/// every report and tally. The sums are added in the same order as before, so totals are the same bit for bit.
/// </summary>
internal sealed class TallyPlan
{
    private static readonly ConcurrentDictionary<(Quantities Held, int Practices), TallyPlan> Plans = new();

    private TallyPlan(int width, Func<RunModel, ParticipantReport, int, double>[] values, int[] slots, bool[] perPractice)
    {
        Width = width;
        Values = values;
        Slots = slots;
        PerPractice = perPractice;
    }

    /// <summary>How many sums a school's tally has (<see cref="MetricCatalog.Width"/>).</summary>
    public int Width { get; }

    /// <summary>A participant's contribution to each held tally, in catalogue order.</summary>
    public Func<RunModel, ParticipantReport, int, double>[] Values { get; }

    /// <summary>Where each held tally's total (its first practice's, when per practice) sits in the sums.</summary>
    public int[] Slots { get; }

    /// <summary>Whether each held tally has a total per practice.</summary>
    public bool[] PerPractice { get; }

    /// <summary>The plan for a rule set that holds <paramref name="held"/> in a run of <paramref name="practices"/> practices.</summary>
    public static TallyPlan For(Quantities held, int practices) => Plans.GetOrAdd((held, practices), Make);

    private static TallyPlan Make((Quantities Held, int Practices) kind)
    {
        var values = new List<Func<RunModel, ParticipantReport, int, double>>();
        var slots = new List<int>();
        var perPractice = new List<bool>();
        var slot = 0;
        foreach (var tallied in MetricCatalog.Tallies)
        {
            // A quantity this model does not hold is never added to: its total stays 0, and metrics read from it are empty.
            if ((tallied.Of & ~kind.Held) == 0)
            {
                values.Add(tallied.Value);
                slots.Add(slot);
                perPractice.Add(tallied.PerPractice);
            }

            slot += tallied.PerPractice ? kind.Practices : 1;
        }

        return new TallyPlan(slot, [.. values], [.. slots], [.. perPractice]);
    }
}
