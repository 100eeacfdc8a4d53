using Orleans.Concurrency;
using NetworkSim.Contracts.Messages;

namespace NetworkSim.Contracts.Grains;

/// <summary>
/// A school in a run: hosts its staff's participant grains, routes their contacts' public states and batches
/// its network members' states to tied schools once per tick. Keyed by <see cref="GrainKeys.School"/>.
/// </summary>
[Alias("NetworkSim.ISchoolGrain")]
public interface ISchoolGrain : IGrainWithStringKey
{
    /// <summary>Activates the school's participants at tick 0, sends its members' states to tied schools and returns its tally.</summary>
    [Alias("Initialize")]
    Task<SchoolResult> InitializeAsync();

    /// <summary>Advances every participant from t to t + 1, updates support, sends the new states on and returns its tally.</summary>
    [Alias("Step")]
    Task<SchoolResult> StepAsync(NetworkTickMessage tick);

    /// <summary>
    /// Receives a tied school's members' states for a coming tick. Interleaves with <see cref="StepAsync"/>:
    /// it only files the batch under its tick, which the running step never reads, and a school stepping
    /// while its neighbours send to it must not deadlock with them.
    /// </summary>
    [AlwaysInterleave, Alias("Receive")]
    Task ReceiveAsync(PeerBatch batch);

    [Alias("End")]
    Task EndAsync();
}
