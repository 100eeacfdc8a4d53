using NetworkSim.Model.Agents;
using NetworkSim.Model.Metrics;

namespace NetworkSim.Model.Engine;

/// <summary>
/// The run's tick, in the order it happens: <see cref="News"/> says whether facilitators convene and what they
/// learn; their plans are <see cref="Combine"/>d into the tick's new ties; <see cref="Announce"/> tells every school
/// what happens at the tick, from the previous metrics; every school steps; <see cref="Finish"/> adds their tallies
/// in school order and applies the stopping rule.
/// </summary>
public static class RunTick
{
    /// <summary>The run at tick 0, from every school's tally.</summary>
    public static RunState Initial(RunModel run, IReadOnlyList<SchoolTally> tallies) => new()
    {
        Tick = 0,
        Last = MetricsAggregator.Combine(0, run.PracticeCount, tallies, 0, run.ParticipantRules.Holds),
        Tallies = [.. tallies.OrderBy(t => t.School)],
    };

    /// <summary>
    /// Which schools must be called at the next tick, or null for every one: a school whose last tick left it settled
    /// (<see cref="SchoolTally.Settled"/>), that nobody sent states to and that no new tie touches would take the quiet
    /// path (<see cref="SchoolTick.Begin"/>), whose tally is its last one repeated (<see cref="QuietTick.Tally"/>),
    /// so a host need not call it; it catches up when next called (<see cref="QuietTick.CatchUp"/>). Every school is
    /// called at tick 0, and under a rule set whose schools' support moves every tick.
    /// </summary>
    public static bool[]? Wakes(RunModel run, RunState state, BrokeredTie[] ties)
    {
        if (state.Tick == 0 || state.Tallies.Length != run.Network.SchoolCount || !QuietTick.Skippable(run))
        {
            return null;
        }

        var wake = new bool[state.Tallies.Length];
        foreach (var tally in state.Tallies)
        {
            wake[tally.School] |= !tally.Settled;
            foreach (var to in tally.SentTo)
            {
                wake[to] = true;
            }
        }

        foreach (var tie in ties)
        {
            wake[run.Network.School[tie.A]] = true;
            wake[run.Network.School[tie.B]] = true;
        }

        return wake;
    }

    /// <summary>Every school's tally at the new tick: those the host stepped, and the quiet tally of each it did not call (<see cref="Wakes"/>).</summary>
    public static IReadOnlyList<SchoolTally> Complete(RunModel run, RunState state, IReadOnlyList<SchoolTally> stepped)
    {
        if (stepped.Count == state.Tallies.Length)
        {
            return stepped;
        }

        var all = new SchoolTally[state.Tallies.Length];
        foreach (var tally in stepped)
        {
            all[tally.School] = tally;
        }

        for (var s = 0; s < all.Length; s++)
        {
            all[s] ??= QuietTick.Tally(run, state.Tallies[s]);
        }

        return all;
    }

    /// <summary>The run ends at its last tick, or once nothing has changed for the scenario's stopping window.</summary>
    public static bool IsFinished(RunModel run, RunState state) =>
        state.Tick >= run.Scenario.Ticks || (run.Scenario.StopWhenUnchangedFor > 0 && state.UnchangedFor >= run.Scenario.StopWhenUnchangedFor);

    /// <summary>What the facilitators learn before they plan this tick, or null when they do not convene (no convening, none, or funding ended).</summary>
    public static FacilitationNews? News(RunModel run, RunState state) =>
        Convenes(run, state.Tick) ? new FacilitationNews(state.Tick, state.DroppedSincePlan, state.LastTies) : null;

    /// <summary>Whether the facilitators convene at <paramref name="tick"/>: a convening of the schedule, facilitators, and funding.</summary>
    public static bool Convenes(RunModel run, int tick) =>
        run.Scenario.Schedule.IsConvening(tick) && run.Scenario.Facilitators.Count > 0 && run.Scenario.Facilitators.FundedAt(tick);

    /// <summary>The facilitators' ties as one list: each pair once, ascending.</summary>
    public static BrokeredTie[] Combine(IEnumerable<BrokeredTie[]> plans) =>
        plans.SelectMany(p => p).DistinctBy(t => (t.A, t.B)).OrderBy(t => t.A).ThenBy(t => t.B).ToArray();

    /// <summary>
    /// The announcement of the tick to every school, from the metrics at its start. Once funding has ended
    /// (<c>facilitators.until</c>) there are no more convenings, expert input or site visits: members meet only between.
    /// </summary>
    public static NetworkTick Announce(RunModel run, RunState state, BrokeredTie[] ties)
    {
        var t = state.Tick;
        var schedule = run.Scenario.Schedule;
        var funded = run.Scenario.Facilitators.FundedAt(t);
        var previous = state.Last;
        return new NetworkTick(t, funded && schedule.IsConvening(t), funded && schedule.ExpertInput.Contains(t), funded && schedule.SiteVisits.Contains(t),
            previous.ActiveMemberKnowledge, previous.PractisedAnywhere, ties,
            Enumerable.Range(0, run.PracticeCount).Select(previous.AdoptionFraction).ToArray());
    }

    /// <summary>The run after the tick, from the schools' tallies (any order: they are added in school order).</summary>
    /// <param name="run">The run.</param>
    /// <param name="state">The run at the tick's start.</param>
    /// <param name="news">What facilitators were told this tick, or null when they did not convene.</param>
    /// <param name="ties">The ties brokered this tick.</param>
    /// <param name="tallies">Every school's tally at the new tick.</param>
    public static RunState Finish(RunModel run, RunState state, FacilitationNews? news, BrokeredTie[] ties, IReadOnlyList<SchoolTally> tallies)
    {
        var brokered = state.Brokered + ties.Length;
        var ordered = tallies.OrderBy(t => t.School).ToArray();
        var metrics = MetricsAggregator.Combine(state.Tick + 1, run.PracticeCount, ordered, brokered, run.ParticipantRules.Holds);
        var dropped = news is null ? state.DroppedSincePlan : [];
        return new RunState
        {
            Tick = state.Tick + 1,
            Last = metrics,
            LastTies = news is null ? state.LastTies : ties,
            DroppedSincePlan = [.. dropped, .. ordered.SelectMany(t => t.DroppedOut)],
            Brokered = brokered,
            UnchangedFor = Unchanged(state.Last, metrics) ? state.UnchangedFor + 1 : 0,
            Tallies = ordered,
        };
    }

    /// <summary>The metrics the stopping rule watches: nothing happened when none of these moved and no event occurred (one the run does not compute is NaN at both ticks, and Equals holds NaN equal to itself).</summary>
    private static readonly string[] Watched = ["mean_opinion", "ties"];

    private static readonly string[] WatchedPerPractice = ["adopters", "recovered", "mean_knowledge"];

    private static bool Unchanged(TickMetrics before, TickMetrics after) =>
        after.Events.Length == 0
        && Watched.All(name => before.Value(name).Equals(after.Value(name)))
        && Enumerable.Range(0, after.Practices.Length).All(k => WatchedPerPractice.All(name => before.Value(name, k).Equals(after.Value(name, k))));
}
