using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;

namespace NetworkSim.Contracts.Serialization;

/// <summary>A school between ticks (<see cref="SchoolState"/>) in Orleans' generated binary format, for checkpoints.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.SchoolState")]
public struct SchoolStateSurrogate
{
    [Id(0)]
    public int School;

    [Id(1)]
    public int Tick;

    [Id(2)]
    public double Support;

    [Id(3)]
    public ulong Institutionalised;

    [Id(4)]
    public int First;

    [Id(5)]
    public ParticipantState[] Participants;

    [Id(6)]
    public ParticipantReport[] Reports;

    [Id(7)]
    public int[][] Contacts;

    [Id(8)]
    public int[] AdoptedTick;

    [Id(9)]
    public Dictionary<int, PeerState> Remote;

    [Id(10)]
    public WatcherIndex Watchers;

    [Id(11)]
    public int[] Changed;

    [Id(12)]
    public bool[]? NeededStep;

    [Id(13)]
    public int[] PractisingContacts;

    [Id(14)]
    public SchoolTally Tally;

    [Id(15)]
    public bool Settled;

    [Id(16)]
    public StaffSummary Staffing;
}

/// <summary>Converts <see cref="SchoolState"/> to and from <see cref="SchoolStateSurrogate"/>.</summary>
[RegisterConverter]
public sealed class SchoolStateConverter : IConverter<SchoolState, SchoolStateSurrogate>
{
    public SchoolState ConvertFromSurrogate(in SchoolStateSurrogate s) => new()
    {
        School = s.School,
        Tick = s.Tick,
        Support = s.Support,
        Institutionalised = s.Institutionalised,
        First = s.First,
        Participants = s.Participants,
        Reports = s.Reports,
        Contacts = s.Contacts,
        AdoptedTick = s.AdoptedTick,
        Remote = s.Remote,
        Watchers = s.Watchers,
        Changed = s.Changed,
        NeededStep = s.NeededStep,
        PractisingContacts = s.PractisingContacts,
        Tally = s.Tally,
        Settled = s.Settled,
        Staffing = s.Staffing,
    };

    public SchoolStateSurrogate ConvertToSurrogate(in SchoolState v) => new()
    {
        School = v.School,
        Tick = v.Tick,
        Support = v.Support,
        Institutionalised = v.Institutionalised,
        First = v.First,
        Participants = v.Participants,
        Reports = v.Reports,
        Contacts = v.Contacts,
        AdoptedTick = v.AdoptedTick,
        Remote = v.Remote,
        Watchers = v.Watchers,
        Changed = v.Changed,
        NeededStep = v.NeededStep,
        PractisingContacts = v.PractisingContacts,
        Tally = v.Tally,
        Settled = v.Settled,
        Staffing = v.Staffing,
    };
}
