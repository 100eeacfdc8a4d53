using NetworkSim.Analysis.Discovery;

namespace NetworkSim.Runner.Worlds;

/// <summary>A PRIM box stated by its significant limits only, with that statement's coverage, density and mass.</summary>
public sealed record FlipBox(PrimBox Box, IReadOnlyList<BoxLimit> Limits);
