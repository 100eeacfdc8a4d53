using NetworkSim.Model.Engine;

namespace NetworkSim.Contracts.Serialization;

/// <summary>A school's index of who reads whom (<see cref="WatcherIndex"/>, part of <see cref="SchoolState"/>) in Orleans' generated binary format; the model itself carries no Orleans attributes.</summary>
[GenerateSerializer, Alias("NetworkSim.WatcherIndex")]
public struct WatcherIndexSurrogate
{
    [Id(0)]
    public int[] Keys;

    [Id(1)]
    public int[] Start;

    [Id(2)]
    public int[] Locals;

    [Id(3)]
    public Dictionary<int, List<int>> Added;
}

/// <summary>Converts <see cref="WatcherIndex"/> to and from <see cref="WatcherIndexSurrogate"/>.</summary>
[RegisterConverter]
public sealed class WatcherIndexConverter : IConverter<WatcherIndex, WatcherIndexSurrogate>
{
    public WatcherIndex ConvertFromSurrogate(in WatcherIndexSurrogate s) => new() { Keys = s.Keys, Start = s.Start, Locals = s.Locals, Added = s.Added };

    public WatcherIndexSurrogate ConvertToSurrogate(in WatcherIndex v) => new() { Keys = v.Keys, Start = v.Start, Locals = v.Locals, Added = v.Added };
}
