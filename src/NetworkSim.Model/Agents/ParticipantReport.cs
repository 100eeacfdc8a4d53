using Orleans;

namespace NetworkSim.Model.Agents;

/// <summary>
/// What a participant reports to its school after a tick: its public state, its ties and what happened. Outside the
/// model it is a value; inside, its school hands a report nobody reads any more back to be refilled
/// (<see cref="ParticipantStep.Report"/>, <see cref="Engine.SchoolTick.Finish"/>).
/// </summary>
/// <param name="State">Public state at the new tick.</param>
/// <param name="CrossTrust">Sum of trust over its cross-school ties.</param>
/// <param name="CrossTies">Number of its cross-school ties.</param>
/// <param name="ColleagueTrust">Sum of trust over its colleague ties.</param>
/// <param name="ColleagueTies">Number of its colleague ties.</param>
/// <param name="Events">Adoptions and discontinuances this tick.</param>
/// <param name="DroppedOutNow">It dropped out of the network this tick.</param>
[GenerateSerializer, Alias("NetworkSim.ParticipantReport")]
public sealed record ParticipantReport(PeerState State, double CrossTrust, int CrossTies, double ColleagueTrust, int ColleagueTies, AdoptionEvent[] Events, bool DroppedOutNow)
{
    private PeerState _state = State;
    private double _crossTrust = CrossTrust;
    private int _crossTies = CrossTies;
    private double _colleagueTrust = ColleagueTrust;
    private int _colleagueTies = ColleagueTies;
    private AdoptionEvent[] _events = Events;
    private bool _droppedOutNow = DroppedOutNow;

    public PeerState State { get => _state; init => _state = value; }

    public double CrossTrust { get => _crossTrust; init => _crossTrust = value; }

    public int CrossTies { get => _crossTies; init => _crossTies = value; }

    public double ColleagueTrust { get => _colleagueTrust; init => _colleagueTrust = value; }

    public int ColleagueTies { get => _colleagueTies; init => _colleagueTies = value; }

    public AdoptionEvent[] Events { get => _events; init => _events = value; }

    public bool DroppedOutNow { get => _droppedOutNow; init => _droppedOutNow = value; }

    /// <summary>Refills a report nobody reads any more (its public state is refilled by the caller).</summary>
    internal void Overwrite(double crossTrust, int crossTies, double colleagueTrust, int colleagueTies, AdoptionEvent[] events, bool droppedOutNow)
    {
        _crossTrust = crossTrust;
        _crossTies = crossTies;
        _colleagueTrust = colleagueTrust;
        _colleagueTies = colleagueTies;
        _events = events;
        _droppedOutNow = droppedOutNow;
    }

    /// <summary>Points the report at another public state of the same participant (see <see cref="Engine.SchoolTick.Finish"/>).</summary>
    internal void Repoint(PeerState state) => _state = state;
}
