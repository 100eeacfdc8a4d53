using NetworkSim.Model.Agents;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.RuleSets.Classic;

/// <summary>Independent cascade (Kempe, Kleinberg and Tardos 2003): each new adopter gets one chance per neighbour.</summary>
internal sealed class CascadeRules : ClassicRules
{
    public override RuleKind Kind => RuleKind.IndependentCascade;


    /// <summary>Without noise, only a contact who adopted at this very tick can transmit.</summary>
    public override bool NeedsStep(RunModel run, PeerState self, ReadOnlySpan<PeerState> contacts, int tick)
    {
        var open = Open(run, self);
        return run.Rules.Noise == 0 ? AnyFresh(contacts, open) : open != 0;
    }

    protected override bool TakesUp(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, SchoolContext context, int k, int adopters) =>
        Noise(run, state.Index, k, context.Tick) || Transmitted(run.Seed, state.Index, k, context.Tick, contacts, fresh: true, run.Rules.Transmissibility);
}
