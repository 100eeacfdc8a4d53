namespace NetworkSim.Model.Scenarios;

/// <summary>
/// The network's facilitators: how many, which schools each serves, and how much of each kind of facilitation
/// each brings. Process (weaving ties, a safe space, synthesis) and content (expert input) are two strengths, not
/// one split between them (000:L48: "facilitators who bring both process and content expertise"). A facilitator's
/// time is shared among the schools it serves: it gives each its full strength only up to <see cref="Capacity"/>
/// schools (000:L34: collaboration "requires additional resources for facilitation").
/// </summary>
public sealed record FacilitationSpec
{
    public int Count { get; init; } = 1;

    /// <summary>Process strength, 0–1: brokering, safe space, synthesis.</summary>
    public double Process { get; init; } = 0.7;

    /// <summary>Content strength, 0–1: expert input.</summary>
    public double Content { get; init; } = 0.4;

    /// <summary>Schools one facilitator serves at its full strength; with more, each gets capacity / served of it.</summary>
    public double Capacity { get; init; } = 4;

    /// <summary>
    /// The schools each facilitator serves, by school index, one list per facilitator; empty to let the runner share
    /// the schools out in equal consecutive blocks. A school no list names has no facilitator.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<int>> Serves { get; init; } = [];

    /// <summary>Tick at which funding ends: from then on no convening, no facilitation, no expert input and no site visit. 0 = never.</summary>
    public int Until { get; init; }

    /// <summary>Whether facilitation (and the convenings and visits it organises) is still funded at <paramref name="tick"/>.</summary>
    public bool FundedAt(int tick) => Until <= 0 || tick < Until;

    /// <summary>The share of a facilitator's full strength each of its schools gets when it serves <paramref name="served"/> schools.</summary>
    public double TimeShare(int served) => served <= 0 ? 0 : Math.Min(1, Capacity / served);
}
