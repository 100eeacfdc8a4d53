using NetworkSim.Contracts.Messages;

namespace NetworkSim.Contracts.Grains;

/// <summary>
/// A teacher, leader, coach or other staff member in a run. Keyed by <see cref="GrainKeys.Participant"/>.
/// It needs no initialisation call: its school's first call to it hands it its state, and an activation mid-run
/// (after a deactivation) asks its school for it.
/// </summary>
[Alias("NetworkSim.IParticipantGrain")]
public interface IParticipantGrain : IGrainWithStringKey
{
    /// <summary>Applies the model's rules to move from t to t + 1; refuses a call whose expected state tick is not the one it holds.</summary>
    /// <remarks>A <see cref="ValueTask{TResult}"/>: a step completes synchronously, and its school awaits each call
    /// as it is, so neither side allocates a task per call.</remarks>
    [Alias("Step")]
    ValueTask<ParticipantResult> StepAsync(ParticipantInput input);

    /// <summary>Lets go of its state and run model and stays active, for the next replicate of the run id (a lane).</summary>
    [Alias("Reset")]
    Task ResetAsync();

    [Alias("End")]
    Task EndAsync();
}
