namespace NetworkSim.Model.Agents;

/// <summary>
/// What a participant's contacts can see of it at a tick boundary: the public part of its state.
/// Schools batch these to one another; a participant's rules read only these for its contacts.
/// </summary>
/// <param name="Index">The participant's index in the run.</param>
/// <param name="Knowledge">Knowledge of each practice, 0–1.</param>
/// <param name="Practising">Bit p set when it practises practice p.</param>
/// <param name="Engagement">Engagement with the network, 0–1.</param>
/// <param name="Active">True for a network member who has not dropped out.</param>
/// <param name="Fresh">Bit p set when it took up practice p at this very tick (independent cascade).</param>
/// <param name="Recovered">Bit p set once it recovered from practice p (SIR).</param>
/// <param name="Opinion">Its opinion, 0–1 (bounded confidence).</param>
public sealed record PeerState(int Index, double[] Knowledge, ulong Practising, double Engagement, bool Active, ulong Fresh = 0, ulong Recovered = 0, double Opinion = 0)
{
    public bool Practises(int practice) => (Practising & (1UL << practice)) != 0;
}
