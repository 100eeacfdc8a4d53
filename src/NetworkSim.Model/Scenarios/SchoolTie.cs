namespace NetworkSim.Model.Scenarios;

/// <summary>An undirected tie between two schools, by index.</summary>
public sealed record SchoolTie(int A, int B);
