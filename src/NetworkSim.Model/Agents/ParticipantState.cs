using Orleans;

namespace NetworkSim.Model.Agents;

/// <summary>
/// The dynamic state of one participant at a tick boundary. Its static facts (school, role, expertise,
/// tick-0 contacts) live in the shared <see cref="Network.BuiltNetwork"/>; trust is held per contact,
/// first for the tick-0 contacts in their order, then for brokered contacts in the order they formed.
/// </summary>
[GenerateSerializer, Alias("NetworkSim.ParticipantState")]
public sealed class ParticipantState
{
    [Id(0)]
    public required int Index { get; set; }

    /// <summary>
    /// The tick this state was computed for (0 for the initial state). A participant skipped at a tick keeps its state
    /// and its stamp, so a host compares the stamp with the one its school recorded, never with the tick being computed.
    /// </summary>
    [Id(1)]
    public int Tick { get; set; }

    [Id(2)]
    public required double[] Knowledge { get; set; }

    [Id(3)]
    public ulong Practising { get; set; }

    /// <summary>Bit p set once the participant has seen practice p on a site visit.</summary>
    [Id(4)]
    public ulong Seen { get; set; }

    /// <summary>Tick of the last site visit the participant attended, or -1; what it saw fades from then (<see cref="RuleSets.Improvement.AdoptionRule.SiteVisitProof"/>).</summary>
    [Id(5)]
    public int SeenTick { get; set; } = -1;

    /// <summary>Tick each practice was last adopted, or -1.</summary>
    [Id(6)]
    public required int[] AdoptedTick { get; set; }

    [Id(7)]
    public double Engagement { get; set; }

    /// <summary>
    /// Per practice, the social proof the participant saw when it last gave the practice up (the share or the count, as
    /// the run counts it), NaN if it never has; with <see cref="GaveUpSupport"/> the bar a re-adoption must clear
    /// (<see cref="RuleSets.Improvement.AdoptionRule.HasCauseToReadopt"/>). Empty under the textbook models.
    /// </summary>
    [Id(8)]
    public double[] GaveUpProof { get; set; } = [];

    /// <summary>Per practice, its school's support when the participant last gave the practice up, NaN if it never has.</summary>
    [Id(9)]
    public double[] GaveUpSupport { get; set; } = [];

    [Id(10)]
    public bool DroppedOut { get; set; }

    [Id(11)]
    public required List<double> Trust { get; set; }

    [Id(12)]
    public List<int> BrokeredContacts { get; set; } = [];

    [Id(13)]
    public List<int> BrokeredTick { get; set; } = [];

    /// <summary>SIR: bit p set once the participant has recovered from practice p (it can no longer take it up).</summary>
    [Id(14)]
    public ulong Recovered { get; set; }

    /// <summary>Bounded confidence: the participant's opinion, 0–1.</summary>
    [Id(15)]
    public double Opinion { get; set; }

    public bool Practises(int practice) => (Practising & (1UL << practice)) != 0;

    /// <summary>A deep copy, so that advancing it leaves this state (still held by its school) untouched.</summary>
    public ParticipantState Clone() => new()
    {
        Index = Index,
        Tick = Tick,
        Knowledge = (double[])Knowledge.Clone(),
        Practising = Practising,
        Seen = Seen,
        SeenTick = SeenTick,
        AdoptedTick = (int[])AdoptedTick.Clone(),
        Engagement = Engagement,
        GaveUpProof = (double[])GaveUpProof.Clone(),
        GaveUpSupport = (double[])GaveUpSupport.Clone(),
        DroppedOut = DroppedOut,
        Trust = [.. Trust],
        BrokeredContacts = [.. BrokeredContacts],
        BrokeredTick = [.. BrokeredTick],
        Recovered = Recovered,
        Opinion = Opinion,
    };

    /// <summary>The public state at <paramref name="tick"/>; practices adopted at that very tick are marked fresh.</summary>
    /// <param name="inNetwork">Whether the participant is a network member.</param>
    /// <param name="tick">The tick the public state is for.</param>
    /// <param name="into">A public state of this participant that nobody reads any more, overwritten instead of a new one; null: a new one.</param>
    public PeerState ToPeer(bool inNetwork, int tick, PeerState? into = null)
    {
        ulong fresh = 0;
        for (var k = 0; k < AdoptedTick.Length; k++)
        {
            fresh |= AdoptedTick[k] == tick && Practises(k) ? 1UL << k : 0;
        }

        if (into is null)
        {
            return new(Index, (double[])Knowledge.Clone(), Practising, Engagement, inNetwork && !DroppedOut, fresh, Recovered, Opinion);
        }

        if (into.Index != Index || into.Knowledge.Length != Knowledge.Length)
        {
            throw new ArgumentException($"Participant {Index} was handed participant {into.Index}'s public state to overwrite.", nameof(into));
        }

        Knowledge.CopyTo(into.Knowledge, 0);
        into.Overwrite(Practising, Engagement, inNetwork && !DroppedOut, fresh, Recovered, Opinion);
        return into;
    }
}
