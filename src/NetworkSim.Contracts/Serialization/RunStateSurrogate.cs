using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;

namespace NetworkSim.Contracts.Serialization;

/// <summary>A run's coordinator state between ticks (<see cref="RunState"/>) in Orleans' generated binary format, for checkpoints.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.RunState")]
public struct RunStateSurrogate
{
    [Id(0)]
    public int Tick;

    [Id(1)]
    public TickMetrics Last;

    [Id(2)]
    public BrokeredTie[] LastTies;

    [Id(3)]
    public int[] DroppedSincePlan;

    [Id(4)]
    public int Brokered;

    [Id(5)]
    public int UnchangedFor;
}

/// <summary>Converts <see cref="RunState"/> to and from <see cref="RunStateSurrogate"/>.</summary>
[RegisterConverter]
public sealed class RunStateConverter : IConverter<RunState, RunStateSurrogate>
{
    public RunState ConvertFromSurrogate(in RunStateSurrogate s) => new()
    {
        Tick = s.Tick,
        Last = s.Last,
        LastTies = s.LastTies,
        DroppedSincePlan = s.DroppedSincePlan,
        Brokered = s.Brokered,
        UnchangedFor = s.UnchangedFor,
    };

    public RunStateSurrogate ConvertToSurrogate(in RunState v) => new()
    {
        Tick = v.Tick,
        Last = v.Last,
        LastTies = v.LastTies,
        DroppedSincePlan = v.DroppedSincePlan,
        Brokered = v.Brokered,
        UnchangedFor = v.UnchangedFor,
    };
}
