using Orleans;

namespace NetworkSim.Model.Agents;

/// <summary>
/// What a participant's contacts can see of it at a tick boundary: the public part of its state.
/// Schools batch these to one another; a participant's rules read only these for its contacts.
/// Outside the model it is a value; inside, a school recycles one that its readers have all let go of
/// (<see cref="ParticipantState.ToPeer"/>, <see cref="Engine.SchoolTick.Finish"/>), which <see cref="Overwrite"/> refills.
/// </summary>
/// <param name="Index">The participant's index in the run.</param>
/// <param name="Knowledge">Knowledge of each practice, 0–1.</param>
/// <param name="Practising">Bit p set when it practises practice p.</param>
/// <param name="Engagement">Engagement with the network, 0–1.</param>
/// <param name="Active">True for a network member who has not dropped out.</param>
/// <param name="Fresh">Bit p set when it took up practice p at this very tick (independent cascade).</param>
/// <param name="Recovered">Bit p set once it recovered from practice p (SIR).</param>
/// <param name="Opinion">Its opinion, 0–1 (bounded confidence).</param>
[GenerateSerializer, Alias("NetworkSim.PeerState")]
public sealed record PeerState(int Index, double[] Knowledge, ulong Practising, double Engagement, bool Active, ulong Fresh = 0, ulong Recovered = 0, double Opinion = 0)
{
    private ulong _practising = Practising;
    private double _engagement = Engagement;
    private bool _active = Active;
    private ulong _fresh = Fresh;
    private ulong _recovered = Recovered;
    private double _opinion = Opinion;

    public ulong Practising { get => _practising; init => _practising = value; }

    public double Engagement { get => _engagement; init => _engagement = value; }

    public bool Active { get => _active; init => _active = value; }

    public ulong Fresh { get => _fresh; init => _fresh = value; }

    public ulong Recovered { get => _recovered; init => _recovered = value; }

    public double Opinion { get => _opinion; init => _opinion = value; }

    public bool Practises(int practice) => (Practising & (1UL << practice)) != 0;

    /// <summary>Equal to <paramref name="other"/> bit for bit, knowledge included (a state that did not change need not be sent).</summary>
    public bool SameBits(PeerState other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (Index != other.Index || Practising != other.Practising || Active != other.Active || Fresh != other.Fresh || Recovered != other.Recovered
            || !Bits(Engagement, other.Engagement) || !Bits(Opinion, other.Opinion) || Knowledge.Length != other.Knowledge.Length)
        {
            return false;
        }

        for (var p = 0; p < Knowledge.Length; p++)
        {
            if (!Bits(Knowledge[p], other.Knowledge[p]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A copy that shares nothing with this one (its knowledge array too): what leaves the model as a value.</summary>
    public PeerState Copy() => this with { Knowledge = (double[])Knowledge.Clone() };

    /// <summary>Refills a public state nobody reads any more with the participant's new one (its knowledge is copied in by the caller).</summary>
    internal void Overwrite(ulong practising, double engagement, bool active, ulong fresh, ulong recovered, double opinion)
    {
        _practising = practising;
        _engagement = engagement;
        _active = active;
        _fresh = fresh;
        _recovered = recovered;
        _opinion = opinion;
    }

    private static bool Bits(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);
}
