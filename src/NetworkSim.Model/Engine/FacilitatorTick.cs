using NetworkSim.Model.Agents;
using NetworkSim.Model.Network;
using NetworkSim.Model.RuleSets.Improvement;

namespace NetworkSim.Model.Engine;

/// <summary>A facilitator's part of a convening: take in the news, then broker new ties (<see cref="BrokeringRule"/>).</summary>
public static class FacilitatorTick
{
    /// <summary>The stamp of a state that has planned no convening yet.</summary>
    public const int BeforeAnyConvening = -1;

    /// <summary>
    /// Before the first convening: every network member active, and the tick-0 ties between schools that touch a
    /// school it serves known. A facilitator only ever asks whether one of its own schools' members is tied
    /// (<see cref="BrokeringRule"/>), so it holds no other ties, and reads only its schools' contacts.
    /// </summary>
    public static FacilitatorState Initial(RunModel run, int index)
    {
        var network = run.Network;
        var state = new FacilitatorState
        {
            Index = index,
            Tick = BeforeAnyConvening,
            Tied = [],
            Active = [.. Enumerable.Range(0, network.ParticipantCount).Where(i => network.InNetwork[i])],
        };

        for (var s = 0; s < network.SchoolCount; s++)
        {
            if (network.Facilitator[s] != index)
            {
                continue;
            }

            // A held network's slice is read once here and not kept: the facilitator's silo need not host the school.
            var slice = network.Slices?.Peek(s);
            for (var i = network.SchoolStart[s]; i < network.SchoolStart[s + 1]; i++)
            {
                if (!network.InNetwork[i])
                {
                    continue;
                }

                foreach (var j in slice is null ? network.ContactsOf(i) : slice.Of(i))
                {
                    if (network.School[j] != s)
                    {
                        state.Tied.Add(SchoolGraph.Key(i, j));
                    }
                }
            }
        }

        return state;
    }

    /// <summary>
    /// The convening whose state the news of <paramref name="tick"/> applies to: the last one before it (the run steps
    /// every tick, and its news holds what changed since its last convening), or <see cref="BeforeAnyConvening"/>.
    /// </summary>
    public static int StateTickBefore(RunModel run, int tick)
    {
        for (var t = tick - 1; t >= 0; t--)
        {
            if (RunTick.Convenes(run, t))
            {
                return t;
            }
        }

        return BeforeAnyConvening;
    }

    /// <summary>Whether <paramref name="news"/> applies to <paramref name="state"/>: it holds the convening just before the news.</summary>
    public static bool Matches(RunModel run, FacilitatorState state, FacilitationNews news) => state.Tick == StateTickBefore(run, news.Tick);

    /// <summary>
    /// The ties this facilitator brokers at the news' tick; <paramref name="state"/> learns the news and its own ties
    /// and is stamped with the news' tick. A state of another convening is refused (<see cref="Matches"/>).
    /// </summary>
    public static BrokeredTie[] Plan(RunModel run, FacilitatorState state, FacilitationNews news)
    {
        if (!Matches(run, state, news))
        {
            throw new InvalidOperationException($"Facilitator {state.Index} holds its state of {Describe(state.Tick)}, but the news of tick {news.Tick} follows {Describe(StateTickBefore(run, news.Tick))}.");
        }

        if (news.DroppedOut.Length > 0)
        {
            // Replaced, not written in place: a copy of the state before this convening shares the array (FacilitatorState.Copy).
            var dropped = news.DroppedOut.ToHashSet();
            state.Active = Array.FindAll(state.Active, i => !dropped.Contains(i));
        }

        var network = run.Network;
        foreach (var tie in news.NewTiesElsewhere.Where(t => Serves(network, state.Index, t.A) || Serves(network, state.Index, t.B)))
        {
            state.Tied.Add(SchoolGraph.Key(tie.A, tie.B));
        }

        var covered = state.Active.Where(i => Serves(network, state.Index, i)).ToArray();
        var ties = BrokeringRule.Choose(run, state.Index, news.Tick, covered, state.Active, (a, b) => state.Tied.Contains(SchoolGraph.Key(a, b)));
        foreach (var tie in ties)
        {
            state.Tied.Add(SchoolGraph.Key(tie.A, tie.B));
        }

        state.Tick = news.Tick;
        return [.. ties];
    }

    /// <summary>A state's stamp in words: "the convening at tick 6", or "the run's start (before any convening)".</summary>
    public static string Describe(int tick) => tick == BeforeAnyConvening ? "the run's start (before any convening)" : $"the convening at tick {tick}";

    private static bool Serves(BuiltNetwork network, int facilitator, int participant) => network.Facilitator[network.School[participant]] == facilitator;
}
