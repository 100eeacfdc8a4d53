using NetworkSim.Model.Engine;
using NetworkSim.Model.Metrics;

namespace NetworkSim.Contracts.Messages;

/// <summary>
/// A school's tally after initialising or advancing one tick, and the batches of its changed states for linked
/// schools, which the coordinator hands each of them with its next tick's announcement.
/// </summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.SchoolResult")]
public sealed record SchoolResult(SchoolTally Tally, SchoolBatch[] Outbox);
