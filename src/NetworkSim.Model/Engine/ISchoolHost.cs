namespace NetworkSim.Model.Engine;

/// <summary>What a school's tick (<see cref="TickOrder.StepSchoolAsync"/>) asks of whoever hosts it: a school grain, or the sequential reference.</summary>
public interface ISchoolHost
{
    /// <summary>
    /// Performs the plan's calls (<see cref="ParticipantTick"/>, in any order, in parallel) and returns their outcomes in
    /// the order of the calls. Asked once a tick, after the plan is made and also when it calls nobody: from then on the
    /// tick reads nothing more of its inbox.
    /// </summary>
    /// <param name="state">The school at the tick being computed (it holds each participant's full state).</param>
    /// <param name="plan">Who steps and with what.</param>
    ValueTask<IReadOnlyList<ParticipantOutcome>> StepParticipantsAsync(SchoolState state, SchoolTickPlan plan);

    /// <summary>Delivers the school's batches, each to be read at its receiver's next tick; the tick ends once they are delivered.</summary>
    ValueTask SendAsync(SchoolBatch[] outbox);
}
