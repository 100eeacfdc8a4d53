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

    private TallyPlan(int width, Entry[] entries)
    {
        Width = width;
        Entries = entries;
    }

    /// <summary>How many sums a school's tally has (<see cref="MetricCatalog.Width"/>).</summary>
    public int Width { get; }

    /// <summary>The held tallies, in catalogue order.</summary>
    public Entry[] Entries { get; }

    /// <summary>The plan for a rule set that holds <paramref name="held"/> in a run of <paramref name="practices"/> practices.</summary>
    public static TallyPlan For(Quantities held, int practices) => Plans.GetOrAdd((held, practices), Make);

    private static TallyPlan Make((Quantities Held, int Practices) kind)
    {
        var entries = new List<Entry>();
        var slot = 0;
        foreach (var tallied in MetricCatalog.Tallies)
        {
            // A quantity this model does not hold is never added to: its total stays 0, and metrics read from it are empty.
            if ((tallied.Of & ~kind.Held) == 0)
            {
                entries.Add(new Entry(tallied.Value, slot, tallied.PerPractice));
            }

            slot += tallied.PerPractice ? kind.Practices : 1;
        }

        return new TallyPlan(slot, [.. entries]);
    }

    /// <summary>A held tally: a participant's contribution, where its total (its first practice's) sits, and whether it has one a practice.</summary>
    internal readonly record struct Entry(Func<RunModel, ParticipantReport, int, double> Value, int Slot, bool PerPractice);
}
