namespace NetworkSim.OrleansFloor;

/// <summary>A school that does nothing but call its leaves, all at once, and wait for every one.</summary>
[Alias("NetworkSim.OrleansFloor.IHubGrain")]
public interface IHubGrain : IGrainWithStringKey
{
    [Alias("Step")]
    Task<int> StepAsync(int tick, int leaves);

    /// <summary>Ends its leaves, then itself.</summary>
    [Alias("End")]
    Task EndAsync(int leaves);
}
