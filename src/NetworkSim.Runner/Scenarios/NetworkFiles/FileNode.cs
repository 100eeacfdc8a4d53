namespace NetworkSim.Runner.Scenarios.NetworkFiles;

/// <summary>A node as a file states it: its id, and the school, role and membership it was given, if any.</summary>
internal sealed record FileNode(string Id, string? School, string? Role, string? InNetwork, int Line);
