using NetworkSim.Model.Engine;

namespace NetworkSim.Contracts.Serialization;

/// <summary>What a facilitator knows (<see cref="FacilitatorState"/>) in Orleans' generated binary format, for plans and checkpoints; sets travel as ascending arrays.</summary>
[GenerateSerializer, Immutable, Alias("NetworkSim.FacilitatorState")]
public struct FacilitatorStateSurrogate
{
    [Id(0)]
    public int Index;

    [Id(1)]
    public long[] Tied;

    [Id(2)]
    public int[] Active;

    [Id(3)]
    public int Tick;
}

/// <summary>Converts <see cref="FacilitatorState"/> to and from <see cref="FacilitatorStateSurrogate"/>.</summary>
[RegisterConverter]
public sealed class FacilitatorStateConverter : IConverter<FacilitatorState, FacilitatorStateSurrogate>
{
    public FacilitatorState ConvertFromSurrogate(in FacilitatorStateSurrogate s) => new()
    {
        Index = s.Index,
        Tick = s.Tick,
        Tied = [.. s.Tied],
        Active = [.. s.Active],
    };

    // Sorted, so that the same state always gives the same bytes.
    public FacilitatorStateSurrogate ConvertToSurrogate(in FacilitatorState v) => new()
    {
        Index = v.Index,
        Tick = v.Tick,
        Tied = [.. v.Tied.Order()],
        Active = [.. v.Active],
    };
}
