namespace NetworkSim.Runner.Scenarios.NetworkFiles;

/// <summary>A node as a file states it: its id, and the school, role and membership it was given, if any.</summary>
public sealed record FileNode(string Id, string? School, string? Role, string? InNetwork, int Line);

/// <summary>A tie as a file states it, with its weight if it has one; <paramref name="Brokered"/> marks a tie a run's facilitator made.</summary>
public sealed record FileTie(string A, string B, double? Weight, int Line, bool Brokered = false);

/// <summary>
/// What a network file held, before it is mapped onto participants. <see cref="Nodes"/> is null when no node
/// table was given (a bare edge list): its nodes are then the ends of its ties, in order of first appearance.
/// </summary>
/// <param name="Directed">The file's ties have a direction (read with <c>directed: symmetrise</c>): a tie back is no duplicate.</param>
public sealed record NetworkFileContent(List<FileNode>? Nodes, List<FileTie> Ties, bool HasWeights, bool Directed = false);
