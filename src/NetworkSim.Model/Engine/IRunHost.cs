using NetworkSim.Model.Agents;
using NetworkSim.Model.Metrics;

namespace NetworkSim.Model.Engine;

/// <summary>What a run's tick (<see cref="TickOrder.StepRunAsync"/>) asks of whoever hosts it: a coordinator grain, or the sequential reference.</summary>
public interface IRunHost
{
    /// <summary>Every facilitator's plan for the news (<see cref="FacilitatorTick.Plan"/>), in any order; the host keeps their states.</summary>
    ValueTask<IReadOnlyList<BrokeredTie[]>> PlanAsync(FacilitationNews news);

    /// <summary>Every school's tick at the announced tick (<see cref="TickOrder.StepSchoolAsync"/>); their tallies in any order.</summary>
    ValueTask<IReadOnlyList<SchoolTally>> StepSchoolsAsync(NetworkTick tick);
}
