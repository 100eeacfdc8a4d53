using NetworkSim.Model.Parameters;

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
    [Parameter(0, 10_000, "facilitators", "Facilitators (each a grain), at most one per school; the textbook models have none.", "000:L48", DefaultNote = "1 (0 with a textbook model; the number of serves lists when given)")]
    public int Count { get; init; } = 1;

    /// <summary>Process strength, 0–1: brokering, safe space, synthesis.</summary>
    [Parameter(0, 1, "strength", "Process strength: weaving ties, a safe space, synthesis.", "000:L48, 001:L25")]
    public double Process { get; init; } = 0.7;

    /// <summary>Content strength, 0–1: expert input.</summary>
    [Parameter(0, 1, "strength", "Content strength: expert input.", "000:L46, 000:L48")]
    public double Content { get; init; } = 0.4;

    /// <summary>Schools one facilitator serves at its full strength; with more, each gets capacity / served of it.</summary>
    [Parameter(0.1, 10_000, "schools", "Schools one facilitator serves at its full strength; with more, each gets capacity / served of it.", "000:L34")]
    public double Capacity { get; init; } = 4;

    /// <summary>
    /// The schools each facilitator serves, by school index, one list per facilitator; empty to let the runner share
    /// the schools out in equal consecutive blocks. A school no list names has no facilitator.
    /// </summary>
    [Parameter("one list of school names per facilitator, each school in at most one", "The schools each facilitator serves; left out, the schools are shared out in equal consecutive blocks, and a school in no list has none.", "design", ReadBySection = true)]
    public IReadOnlyList<IReadOnlyList<int>> Serves { get; init; } = [];

    /// <summary>Tick at which funding ends: from then on no convening, no facilitation, no expert input and no site visit. 0 = never.</summary>
    [Parameter(0, 100_000, "tick", "Tick at which funding ends: from then on no convening, facilitation, expert input or site visit (0 = never).", "002:L55")]
    public int Until { get; init; }

    /// <summary>Whether facilitation (and the convenings and visits it organises) is still funded at <paramref name="tick"/>.</summary>
    public bool FundedAt(int tick) => Until <= 0 || tick < Until;

    /// <summary>The share of a facilitator's full strength each of its schools gets when it serves <paramref name="served"/> schools.</summary>
    public double TimeShare(int served) => served <= 0 ? 0 : Math.Min(1, Capacity / served);
}
