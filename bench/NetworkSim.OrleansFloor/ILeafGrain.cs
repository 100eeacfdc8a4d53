namespace NetworkSim.OrleansFloor;

/// <summary>A participant that does nothing: what is left of a participant call is Orleans' own cost.</summary>
[Alias("NetworkSim.OrleansFloor.ILeafGrain")]
public interface ILeafGrain : IGrainWithStringKey
{
    /// <summary>Returns at once (a <see cref="ValueTask{TResult}"/>, as the participant's step is).</summary>
    [Alias("Step")]
    ValueTask<int> StepAsync(int tick);

    [Alias("End")]
    Task EndAsync();
}
