using NetworkSim.Model.Agents;
using NetworkSim.Model.Metrics;
using Orleans;

namespace NetworkSim.Model.Engine;

/// <summary>A run between ticks, as its coordinator holds it.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.RunState")]
public sealed record RunState
{
    /// <summary>The tick the run is at; its next tick computes <c>Tick + 1</c>.</summary>
    [Id(0)]
    public required int Tick { get; set; }

    /// <summary>The metrics at <see cref="Tick"/>: the next announcement is made from them.</summary>
    [Id(1)]
    public required TickMetrics Last { get; set; }

    /// <summary>Ties brokered at the last convening, for facilitators to learn at the next.</summary>
    [Id(2)]
    public BrokeredTie[] LastTies { get; set; } = [];

    /// <summary>Members who dropped out since the last convening.</summary>
    [Id(3)]
    public int[] DroppedSincePlan { get; set; } = [];

    /// <summary>Ties brokered so far.</summary>
    [Id(4)]
    public int Brokered { get; set; }

    /// <summary>Ticks in a row in which nothing changed.</summary>
    [Id(5)]
    public int UnchangedFor { get; set; }

    /// <summary>Every school's tally at <see cref="Tick"/>, by school: what a school not called at the next tick repeats (<see cref="RunTick.Wakes"/>).</summary>
    [Id(6)]
    public SchoolTally[] Tallies { get; set; } = [];
}
