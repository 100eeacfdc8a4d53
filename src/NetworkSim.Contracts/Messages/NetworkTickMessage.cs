using NetworkSim.Model.Agents;
using NetworkSim.Model.Engine;

namespace NetworkSim.Contracts.Messages;

/// <summary>
/// The coordinator's announcement of a tick to a school, with the batches linked schools sent it after the tick before
/// (read at this tick): they travel with the announcement, not in a call of their own.
/// </summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.NetworkTickMessage")]
public sealed record NetworkTickMessage(NetworkTick Tick, SchoolBatch[] Inbox);
