namespace NetworkSim.Model.Agents;

/// <summary>What a participant reports to its school after a tick: its public state, its ties and what happened.</summary>
/// <param name="State">Public state at the new tick.</param>
/// <param name="CrossTrust">Sum of trust over its cross-school ties.</param>
/// <param name="CrossTies">Number of its cross-school ties.</param>
/// <param name="ColleagueTrust">Sum of trust over its colleague ties.</param>
/// <param name="ColleagueTies">Number of its colleague ties.</param>
/// <param name="Events">Adoptions and discontinuances this tick.</param>
/// <param name="DroppedOutNow">It dropped out of the network this tick.</param>
public sealed record ParticipantReport(PeerState State, double CrossTrust, int CrossTies, double ColleagueTrust, int ColleagueTies, AdoptionEvent[] Events, bool DroppedOutNow);
