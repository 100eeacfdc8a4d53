using System.Runtime.CompilerServices;
using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Engine;

/// <summary>
/// The order of a tick, written once (Mesa's <c>model.step</c>, Agents.jl's <c>step!</c>): facilitators plan, the tick
/// is announced, every school steps its participants and sends its changed states on, and the schools' tallies make
/// the run's next state. The sequential reference (<see cref="Simulation"/>) and the grains are hosts of it
/// (<see cref="IRunHost"/>, <see cref="ISchoolHost"/>): they hold state and move messages, and decide nothing.
/// </summary>
public static class TickOrder
{
    /// <summary>One tick of the run, from <paramref name="state"/> at t to the run at t + 1.</summary>
    public static async ValueTask<RunState> StepRunAsync(RunModel run, RunState state, IRunHost host)
    {
        var news = RunTick.News(run, state);
        var ties = news is null ? [] : RunTick.Combine(await host.PlanAsync(news));
        var stepped = await host.StepSchoolsAsync(RunTick.Announce(run, state, ties), RunTick.Wakes(run, state, ties));
        return RunTick.Finish(run, state, news, ties, RunTick.Complete(run, state, stepped));
    }

    /// <summary>
    /// One school's tick (what <see cref="IRunHost.StepSchoolsAsync"/> does for each school): who steps and with what
    /// (<see cref="SchoolTick.Begin"/>), the host steps them, the school finishes its tick (<see cref="SchoolTick.Finish"/>)
    /// and the host sends its outbox, to be read at the linked schools' next tick.
    /// </summary>
    /// <param name="run">The run.</param>
    /// <param name="state">The school at the announced tick.</param>
    /// <param name="tick">The announcement.</param>
    /// <param name="inbox">The changed public states other schools sent for this tick, by participant.</param>
    /// <param name="host">Whoever steps the school's participants and carries its batches.</param>
    /// <param name="scratch">The host's arrays for this school, refilled tick after tick (null: new ones every tick).</param>
    /// <param name="skipIdle">Skip participants that cannot change (false: step everyone, for the tests that hold skipping to be exact).</param>
    // Pooled, as a school grain's StepParticipantsAsync is: under the grains a school's tick waits on its participants,
    // and unpooled the two state machines cost about 600 bytes a school and tick ('bench workloads large-network':
    // 1,482 bytes a participant-tick against 1,453 pooled and 1,445 before the tick was written once).
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public static async ValueTask<SchoolTickResult> StepSchoolAsync(RunModel run, SchoolState state, NetworkTick tick, IReadOnlyDictionary<int, PeerState> inbox,
        ISchoolHost host, SchoolScratch? scratch = null, bool skipIdle = true)
    {
        var plan = SchoolTick.Begin(run, state, tick, inbox, skipIdle, scratch?.Buffers, scratch?.Spares);
        var outcomes = await host.StepParticipantsAsync(state, plan);
        var result = SchoolTick.Finish(run, state, plan, outcomes, scratch?.Spares);
        await host.SendAsync(result.Outbox);
        return result;
    }
}
