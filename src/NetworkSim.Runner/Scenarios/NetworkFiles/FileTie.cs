namespace NetworkSim.Runner.Scenarios.NetworkFiles;

/// <summary>A tie as a file states it, with its weight if it has one; <paramref name="Brokered"/> marks a tie a run's facilitator made.</summary>
internal sealed record FileTie(string A, string B, double? Weight, int Line, bool Brokered = false);
