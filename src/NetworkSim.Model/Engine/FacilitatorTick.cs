using NetworkSim.Model.Agents;
using NetworkSim.Model.Network;
using NetworkSim.Model.Rules;

namespace NetworkSim.Model.Engine;

/// <summary>A facilitator's part of a convening: take in the news, then broker new ties (<see cref="BrokeringRule"/>).</summary>
public static class FacilitatorTick
{
    /// <summary>Before the first convening: every network member active, the tick-0 cross-school ties known.</summary>
    public static FacilitatorState Initial(RunModel run, int index)
    {
        var network = run.Network;
        var state = new FacilitatorState { Index = index, Tied = [], Active = [] };
        for (var i = 0; i < network.ParticipantCount; i++)
        {
            if (!network.InNetwork[i])
            {
                continue;
            }

            state.Active.Add(i);
            foreach (var j in network.ContactsOf(i))
            {
                if (network.School[j] != network.School[i])
                {
                    state.Tied.Add(SchoolGraph.Key(i, j));
                }
            }
        }

        return state;
    }

    /// <summary>The ties this facilitator brokers at the news' tick; <paramref name="state"/> learns the news and its own ties.</summary>
    public static BrokeredTie[] Plan(RunModel run, FacilitatorState state, FacilitationNews news)
    {
        foreach (var dropped in news.DroppedOut)
        {
            state.Active.Remove(dropped);
        }

        foreach (var tie in news.NewTiesElsewhere)
        {
            state.Tied.Add(SchoolGraph.Key(tie.A, tie.B));
        }

        var network = run.Network;
        var covered = state.Active.Where(i => network.Facilitator[network.School[i]] == state.Index).ToArray();
        var ties = BrokeringRule.Choose(run, state.Index, news.Tick, covered, [.. state.Active], (a, b) => state.Tied.Contains(SchoolGraph.Key(a, b)));
        foreach (var tie in ties)
        {
            state.Tied.Add(SchoolGraph.Key(tie.A, tie.B));
        }

        return [.. ties];
    }
}
