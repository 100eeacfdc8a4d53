namespace NetworkSim.Runner.Running;

/// <summary>One or more silos that left the cluster; <paramref name="Number"/> counts losses since the client connected.</summary>
public sealed record SiloLoss(int Number, string Silos);
