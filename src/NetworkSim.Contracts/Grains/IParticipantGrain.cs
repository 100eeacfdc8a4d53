using NetworkSim.Contracts.Messages;

namespace NetworkSim.Contracts.Grains;

/// <summary>
/// A teacher, leader, coach or other staff member in a run. Keyed by <see cref="GrainKeys.Participant"/>.
/// Its tick-0 state is a pure function of the run, so it needs no initialisation call.
/// </summary>
[Alias("NetworkSim.IParticipantGrain")]
public interface IParticipantGrain : IGrainWithStringKey
{
    /// <summary>Applies the model's rules to move from t to t + 1.</summary>
    [Alias("Step")]
    Task<ParticipantResult> StepAsync(ParticipantInput input);

    /// <summary>Its ties with its current trust in each.</summary>
    [Alias("GetTies")]
    Task<TieList> GetTiesAsync();

    [Alias("End")]
    Task EndAsync();
}
