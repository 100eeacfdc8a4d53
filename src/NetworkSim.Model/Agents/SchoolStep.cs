using NetworkSim.Model.Metrics;
using NetworkSim.Model.RuleSets;
using NetworkSim.Model.RuleSets.Improvement;

namespace NetworkSim.Model.Agents;

/// <summary>A school's own rules between ticks: its support for change, and its tally of its participants.</summary>
internal static class SchoolStep
{
    /// <summary>Bins of the opinion histogram each school reports.</summary>
    public const int OpinionBins = 100;

    /// <summary>Support at t + 1 from the school's participants at t (mechanisms 6 and 8); its active members are away at a convening.</summary>
    public static double NextSupport(RunModel run, int school, double support, IReadOnlyList<PeerState> staffAtT, bool convening) =>
        NextSupport(run, school, support, StaffSummary.Of(run, staffAtT.Count, k => staffAtT[k]), convening);

    /// <summary>Support at t + 1 from what <see cref="NextSupport(RunModel, int, double, IReadOnlyList{PeerState}, bool)"/> reads of the staff at t.</summary>
    public static double NextSupport(RunModel run, int school, double support, StaffSummary staff, bool convening)
    {
        var practices = Math.Max(1, run.PracticeCount);
        var leadersPractising = staff.Leaders == 0 ? 0 : (double)staff.LeaderPractices / (staff.Leaders * practices);
        var away = convening && staff.Staff > 0 ? (double)staff.EngagedMembers / staff.Staff : 0;
        return SchoolSupportRule.Next(run.Parameters.School, support, run.Network.InitialSupport[school], staff.EngagedLeader, staff.EngagedMembers, leadersPractising, away);
    }

    /// <summary>Which practices the school has institutionalised, from its participants' states.</summary>
    public static ulong Institutionalised(RunModel run, IReadOnlyList<PeerState> staff)
    {
        ulong mask = 0;
        for (var k = 0; k < run.PracticeCount; k++)
        {
            var practising = staff.Count(s => s.Practises(k));
            if (SchoolSupportRule.Institutionalised(run.Parameters.BackHome, practising, staff.Count))
            {
                mask |= 1UL << k;
            }
        }

        return mask;
    }

    /// <summary><see cref="Institutionalised(RunModel, IReadOnlyList{PeerState})"/> read from reports, without a list of their states or a closure.</summary>
    public static ulong Institutionalised(RunModel run, ParticipantReport[] staff)
    {
        ulong mask = 0;
        for (var k = 0; k < run.PracticeCount; k++)
        {
            var practising = 0;
            foreach (var report in staff)
            {
                practising += report.State.Practises(k) ? 1 : 0;
            }

            if (SchoolSupportRule.Institutionalised(run.Parameters.BackHome, practising, staff.Length))
            {
                mask |= 1UL << k;
            }
        }

        return mask;
    }

    /// <summary>The school's tally: every <see cref="MetricCatalog.Tallies"/> quantity summed over its participants in order.</summary>
    public static SchoolTally Tally(RunModel run, int school, int tick, double support, IReadOnlyList<ParticipantReport> reports)
    {
        var count = run.PracticeCount;
        var held = run.ParticipantRules.Holds;
        var plan = TallyPlan.For(held, count);
        var sums = new double[plan.Width];
        var opinions = (held & Quantities.Opinion) != 0;
        var histogram = opinions ? new int[OpinionBins] : [];
        for (var r = 0; r < reports.Count; r++)
        {
            var report = reports[r];
            foreach (var (value, slot, perPractice) in plan.Entries)
            {
                if (perPractice)
                {
                    for (var k = 0; k < count; k++)
                    {
                        sums[slot + k] += value(run, report, k);
                    }
                }
                else
                {
                    sums[slot] += value(run, report, 0);
                }
            }

            if (opinions)
            {
                histogram[Math.Min(OpinionBins - 1, (int)(report.State.Opinion * OpinionBins))]++;
            }
        }

        return new SchoolTally
        {
            School = school,
            Tick = tick,
            Support = support,
            Sums = sums,
            OpinionHistogram = histogram,
            Institutionalised = reports is ParticipantReport[] array ? Institutionalised(run, array) : Institutionalised(run, reports.Select(r => r.State).ToArray()),
            Events = Events(reports),
            DroppedOut = DroppedOut(reports),
        };
    }

    /// <summary>Every report's events, in report order (loops, not LINQ: a school's tally is made every tick).</summary>
    private static AdoptionEvent[] Events(IReadOnlyList<ParticipantReport> reports)
    {
        var count = 0;
        for (var r = 0; r < reports.Count; r++)
        {
            count += reports[r].Events.Length;
        }

        if (count == 0)
        {
            return [];
        }

        var events = new AdoptionEvent[count];
        var at = 0;
        for (var r = 0; r < reports.Count; r++)
        {
            reports[r].Events.CopyTo(events, at);
            at += reports[r].Events.Length;
        }

        return events;
    }

    /// <summary>The participants that dropped out now, in report order.</summary>
    private static int[] DroppedOut(IReadOnlyList<ParticipantReport> reports)
    {
        var count = 0;
        for (var r = 0; r < reports.Count; r++)
        {
            count += reports[r].DroppedOutNow ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var dropped = new int[count];
        var at = 0;
        for (var r = 0; r < reports.Count; r++)
        {
            if (reports[r].DroppedOutNow)
            {
                dropped[at++] = reports[r].State.Index;
            }
        }

        return dropped;
    }
}
