using NetworkSim.Contracts;
using NetworkSim.Contracts.Grains;

namespace NetworkSim.Grains.Tests;

/// <summary>
/// Ending a participant whose activation is gone (a run's cleanup after a silo ran out of memory) activates it only to
/// deactivate it: it must not read its run, which may be gone, and whose model would be rebuilt on that silo.
/// </summary>
[Collection(ClusterCollection.Name)]
public class ParticipantEndTests(ClusterFixture clusters)
{
    [Fact]
    public async Task A_participant_of_a_run_that_is_gone_can_be_ended_without_reading_the_run()
    {
        var participant = clusters.OneSilo.Client.GetGrain<IParticipantGrain>(GrainKeys.Participant($"gone-{Guid.NewGuid():N}", 3));

        await participant.EndAsync();
    }
}
