using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Engine;

/// <summary>
/// The reports a school lends the participants it calls, so that they refill one instead of allocating a report and a
/// public state a tick (see <see cref="SchoolTick.Begin"/> and <see cref="SchoolTick.Finish"/>, whose parameter
/// <c>spares</c> says who may still read a report and when it becomes spare).
/// </summary>
internal static class SpareReports
{
    /// <summary>A called participant's spare report, lent to its call; its slot is empty until <see cref="Recycle"/> fills it again.</summary>
    internal static ParticipantReport? Lend(ParticipantReport?[]? spares, int k)
    {
        if (spares is null)
        {
            return null;
        }

        var spare = spares[k];
        spares[k] = null;
        return spare;
    }

    /// <summary>Each called participant's report at t becomes its spare (see <see cref="SchoolTick.Finish"/>); the state at t + 1 that readers hold is kept.</summary>
    internal static void Recycle(SchoolState state, SchoolTickPlan plan, ParticipantReport[] reports, ParticipantReport?[] spares)
    {
        foreach (var call in plan.Calls)
        {
            var k = call.Local;
            var old = state.Reports[k];
            var now = reports[k];
            if (ReferenceEquals(old, now) || ReferenceEquals(old.State, now.State))
            {
                continue;
            }

            if (old.State.SameBits(now.State))
            {
                // Not sent: the other schools keep the object they hold, so the report points at that one.
                var fresh = now.State;
                now.Repoint(old.State);
                old.Repoint(fresh);
            }

            spares[k] = old;
        }
    }
}
