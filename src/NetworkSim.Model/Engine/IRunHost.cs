using NetworkSim.Model.Agents;
using NetworkSim.Model.Metrics;

namespace NetworkSim.Model.Engine;

/// <summary>What a run's tick (<see cref="TickOrder.StepRunAsync"/>) asks of whoever hosts it: a coordinator grain, or the sequential reference.</summary>
public interface IRunHost
{
    /// <summary>Every facilitator's plan for the news (<see cref="FacilitatorTick.Plan"/>), in any order; the host keeps their states.</summary>
    ValueTask<IReadOnlyList<BrokeredTie[]>> PlanAsync(FacilitationNews news);

    /// <summary>
    /// The schools' ticks at the announced tick (<see cref="TickOrder.StepSchoolAsync"/>); their tallies in any order.
    /// A school not in <paramref name="wake"/> would only repeat its quiet tick, whose tally the run makes itself
    /// (<see cref="RunTick.Complete"/>): a host may leave it uncalled (it catches up when next called,
    /// <see cref="QuietTick.CatchUp"/>) or step it anyway.
    /// </summary>
    /// <param name="tick">The announcement.</param>
    /// <param name="wake">By school, whether it must be called; null: every school.</param>
    ValueTask<IReadOnlyList<SchoolTally>> StepSchoolsAsync(NetworkTick tick, bool[]? wake);
}
