using NetworkSim.Model.Agents;
using NetworkSim.Model.Metrics;

namespace NetworkSim.Model.Engine;

/// <summary>A run between ticks, as its coordinator holds it.</summary>
public sealed record RunState
{
    /// <summary>The tick the run is at; its next tick computes <c>Tick + 1</c>.</summary>
    public required int Tick { get; init; }

    /// <summary>The metrics at <see cref="Tick"/>: the next announcement is made from them.</summary>
    public required TickMetrics Last { get; init; }

    /// <summary>Ties brokered at the last convening, for facilitators to learn at the next.</summary>
    public BrokeredTie[] LastTies { get; init; } = [];

    /// <summary>Members who dropped out since the last convening.</summary>
    public int[] DroppedSincePlan { get; init; } = [];

    /// <summary>Ties brokered so far.</summary>
    public int Brokered { get; init; }

    /// <summary>Ticks in a row in which nothing changed.</summary>
    public int UnchangedFor { get; init; }
}
