using Orleans;

namespace NetworkSim.Model.Engine;

/// <summary>
/// What a facilitator knows: which pairs are tied already and which network members are still active, stamped with
/// the convening it was last brought up to date at. A convening's news (<see cref="FacilitationNews"/>) is what
/// changed since the one before, so it applies only to a state of that convening (<see cref="FacilitatorTick.Matches"/>).
/// </summary>
[GenerateSerializer, Alias("NetworkSim.FacilitatorState")]
public sealed class FacilitatorState
{
    [Id(0)]
    public required int Index { get; set; }

    /// <summary>The tick of the convening it last planned; <see cref="FacilitatorTick.BeforeAnyConvening"/> before its first.</summary>
    [Id(1)]
    public required int Tick { get; set; }

    /// <summary>Tied pairs, by <see cref="Network.SchoolGraph.Key"/>.</summary>
    [Id(2)]
    public required HashSet<long> Tied { get; set; }

    /// <summary>
    /// Active network members, ascending. Never written in place: a convening that drops members replaces it
    /// (<see cref="FacilitatorTick.Plan"/>), so a copy shares it. An array rather than a set: every facilitator holds
    /// every network member, and a copy is kept after each convening (docs/performance.md, Round 10).
    /// </summary>
    [Id(3)]
    public required int[] Active { get; set; }

    /// <summary>
    /// A copy that a later convening of this state leaves as it is (<see cref="FacilitatorTick.Plan"/> changes
    /// <see cref="Tied"/> in place, and replaces <see cref="Active"/>, which the two share until then).
    /// </summary>
    public FacilitatorState Copy() => new() { Index = Index, Tick = Tick, Tied = [.. Tied], Active = Active };
}
