using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Tests.Agents;

public class InitialStateTests
{
    [Fact]
    public void A_tick_zero_peer_is_the_public_part_of_the_tick_zero_state()
    {
        var run = new RunModel(TestScenarios.Small(), 3);
        for (var i = 0; i < run.Network.ParticipantCount; i++)
        {
            var inNetwork = run.Network.InNetwork[i];
            var expected = InitialState.For(run, i).ToPeer(inNetwork, 0);
            var peer = InitialState.Peer(run, i, inNetwork);
            Assert.Equal(expected with { Knowledge = peer.Knowledge }, peer);
            Assert.Equal(expected.Knowledge, peer.Knowledge);
        }
    }
}
