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
public sealed record PeerState(int Index, double[] Knowledge, ulong Practising, double Engagement, bool Active)
{
    public bool Practises(int practice) => (Practising & (1UL << practice)) != 0;
}
