namespace NetworkSim.Runner.Scenarios.NetworkFiles;

/// <summary>
/// What a network file held, before it is mapped onto participants. <see cref="Nodes"/> is null when no node
/// table was given (a bare edge list): its nodes are then the ends of its ties, in order of first appearance.
/// </summary>
/// <param name="Directed">The file's ties have a direction (read with <c>directed: symmetrise</c>): a tie back is no duplicate.</param>
internal sealed record NetworkFileContent(List<FileNode>? Nodes, List<FileTie> Ties, bool HasWeights, bool Directed = false);
