using NetworkSim.Contracts.Messages;

namespace NetworkSim.Contracts.Grains;

/// <summary>A teacher, leader, coach or other staff member in a run. Keyed by <see cref="GrainKeys.Participant"/>.</summary>
[Alias("NetworkSim.IParticipantGrain")]
public interface IParticipantGrain : IGrainWithStringKey
{
    /// <summary>Sets the tick-0 state and reports it.</summary>
    [Alias("Initialize")]
    Task<ParticipantResult> InitializeAsync();

    /// <summary>Applies the model's rules to move from t to t + 1.</summary>
    [Alias("Step")]
    Task<ParticipantResult> StepAsync(ParticipantInput input);

    [Alias("End")]
    Task EndAsync();
}
