namespace NetworkSim.Runner.Running;

/// <summary>One recovery of a replicate: which silos were lost, the tick being computed then, the checkpoint it went back to and how long it took.</summary>
public sealed record Recovery(string Silos, int LostAtTick, int CheckpointTick, double Seconds)
{
    /// <summary>The console line, e.g. "silo 127.0.0.1:30001 lost at tick 14; restored from checkpoint at tick 10 in 17.2 s".</summary>
    public string Describe(int replicate) =>
        $"replicate {replicate}: silo {Silos} lost at tick {LostAtTick}; restored from checkpoint at tick {CheckpointTick} in {Seconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} s";
}
