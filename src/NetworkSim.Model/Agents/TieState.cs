using Orleans;

namespace NetworkSim.Model.Agents;

/// <summary>One direction of a tie at a tick: <paramref name="From"/>'s trust in <paramref name="To"/>, when it formed and whether a facilitator brokered it.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.TieState")]
public sealed record TieState(int From, int To, double Trust, int FormedTick, bool Brokered);
