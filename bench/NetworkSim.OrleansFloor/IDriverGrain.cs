namespace NetworkSim.OrleansFloor;

/// <summary>A run's coordinator that does nothing but announce each tick to its hubs, a window of them at a time.</summary>
[Alias("NetworkSim.OrleansFloor.IDriverGrain")]
public interface IDriverGrain : IGrainWithStringKey
{
    [Alias("Tick")]
    Task<long> TickAsync(int tick, int hubs, int leaves);

    [Alias("End")]
    Task EndAsync(int hubs, int leaves);
}
