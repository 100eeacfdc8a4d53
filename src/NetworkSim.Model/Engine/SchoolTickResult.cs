using NetworkSim.Model.Metrics;

namespace NetworkSim.Model.Engine;

/// <summary>The end of a school's tick: its next state, what it sends to linked schools and its tally for the run.</summary>
public sealed record SchoolTickResult(SchoolState Next, SchoolBatch[] Outbox, SchoolTally Tally);
