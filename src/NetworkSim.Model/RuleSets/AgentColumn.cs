using NetworkSim.Model.Agents;

namespace NetworkSim.Model.RuleSets;

/// <summary>An optional <c>agents.csv</c> column a rule set fills: a number, or a label, of a participant and practice.</summary>
/// <param name="Name">The column's header.</param>
/// <param name="Number">Its value as a number, or null when it is a label.</param>
/// <param name="Label">Its value as a label, or null when it is a number.</param>
public sealed record AgentColumn(string Name, Func<PeerState, int, double>? Number = null, Func<PeerState, int, string>? Label = null);
