namespace NetworkSim.Runner.Running;

/// <summary>Silos the cluster has lost since the client connected, numbered from 1 in the order they were seen to leave.</summary>
public interface ISiloLosses
{
    /// <summary>How many losses have been seen so far.</summary>
    int Count { get; }

    /// <summary>Completes once there is a loss numbered above <paramref name="seen"/>.</summary>
    Task NextAsync(int seen);

    /// <summary>The silos lost after loss <paramref name="seen"/> (e.g. "127.0.0.1:11112@123"), or null when there are none.</summary>
    SiloLoss? Since(int seen);
}
