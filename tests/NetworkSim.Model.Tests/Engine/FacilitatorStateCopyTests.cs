using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Network;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.Tests.Engine;

/// <summary>
/// A facilitator grain returns a copy of its state after each convening for the run's coordinator to keep
/// (<see cref="FacilitatorState.Copy"/>) and goes on changing its own: a later convening must leave the copy as it was.
/// </summary>
public class FacilitatorStateCopyTests
{
    [Fact]
    public void A_convening_after_a_copy_was_taken_leaves_the_copys_members_ties_and_stamp_as_they_were()
    {
        var run = new RunModel(TestScenarios.Small(6, TieStructure.SmallWorld, facilitators: 1), 5);
        var network = run.Network;
        var state = FacilitatorTick.Initial(run, 0);
        var first = Enumerable.Range(0, run.Scenario.Ticks).First(t => RunTick.Convenes(run, t));
        var kept = state.Copy();
        int[] activeBefore = [.. kept.Active];
        long[] tiedBefore = [.. kept.Tied.Order()];
        var dropped = activeBefore[1];
        // A tie brokered elsewhere between two members of different schools, not yet known: the state learns it.
        var (a, b) = activeBefore.SelectMany(i => activeBefore.Select(j => (i, j)))
            .First(p => network.School[p.i] != network.School[p.j] && p.i != dropped && p.j != dropped && !kept.Tied.Contains(SchoolGraph.Key(p.i, p.j)));

        FacilitatorTick.Plan(run, state, new FacilitationNews(first, [dropped], [new BrokeredTie(a, b, first)]));

        Assert.DoesNotContain(dropped, state.Active);
        Assert.True(state.Tied.Count > tiedBefore.Length);
        Assert.Equal(activeBefore, kept.Active);
        Assert.Equal(tiedBefore, kept.Tied.Order());
        Assert.Equal(FacilitatorTick.BeforeAnyConvening, kept.Tick);
    }

    [Fact]
    public void A_facilitators_members_are_the_network_members_ascending_less_those_dropped()
    {
        var run = new RunModel(TestScenarios.Small(6, facilitators: 1), 5);
        var state = FacilitatorTick.Initial(run, 0);
        int[] members = [.. Enumerable.Range(0, run.Network.ParticipantCount).Where(i => run.Network.InNetwork[i])];
        var first = Enumerable.Range(0, run.Scenario.Ticks).First(t => RunTick.Convenes(run, t));

        Assert.Equal(members, state.Active);
        FacilitatorTick.Plan(run, state, new FacilitationNews(first, [members[0], members[^1], -5], []));

        Assert.Equal(members[1..^1], state.Active);
    }
}
