using NetworkSim.Model.Agents;
using NetworkSim.Model.Scenarios;

namespace NetworkSim.Model.RuleSets;

/// <summary>
/// A rule set as a value (Agents.jl's <c>agent_step!</c>): how a participant advances, whether it can change at all,
/// whether facilitation and trust act in it, and what it adds to the outputs. The <c>rules:</c> keys it reads are
/// declared on <see cref="RuleSet"/> (each key's <c>OnlyWith</c>). One implementation per <see cref="RuleKind"/>,
/// chosen once by <see cref="ParticipantRules.For"/>; nothing else asks which kind a run has.
/// </summary>
public interface IParticipantRules
{
    RuleKind Kind { get; }

    /// <summary>
    /// What its participants and schools hold beyond adoption: metrics of anything else are not computed in its runs
    /// (empty cells). Readers ask it too: facilitators are refused where it does not hold
    /// <see cref="Quantities.Facilitation"/>; where it does not hold <see cref="Quantities.Trust"/> (participants
    /// weighing a practice's social proof by the trust in each tie, in the share or the count form), imported tie
    /// weights and the social-proof form's keys are warned about.
    /// </summary>
    Quantities Holds { get; }

    /// <summary>The optional <c>agents.csv</c> columns this rule set fills (others stay empty), by name.</summary>
    IReadOnlyList<AgentColumn> AgentColumns { get; }

    /// <summary>The <c>adoptions.csv</c> event of giving a practice up: <c>discontinue</c>, or <c>recover</c> under SIR.</summary>
    string EndEvent { get; }

    /// <summary>Advances <paramref name="state"/> from t to t + 1 (see <see cref="ParticipantStep.Advance"/>).</summary>
    /// <param name="spare">A report nobody reads any more, to be filled instead of a new one (see <see cref="ParticipantStep.Report"/>), or null.</param>
    ParticipantReport Advance(RunModel run, ParticipantState state, ReadOnlySpan<PeerState> contacts, SchoolContext context, ParticipantReport? spare = null);

    /// <summary>
    /// Whether a participant can change at all in this tick; skipping one that cannot must be exact. After tick 0 it
    /// must depend on the states only, not on the tick: a school asks again only for participants whose own state or
    /// a contact's changed, and otherwise repeats the last answer.
    /// </summary>
    bool NeedsStep(RunModel run, PeerState self, ReadOnlySpan<PeerState> contacts, int tick);
}
