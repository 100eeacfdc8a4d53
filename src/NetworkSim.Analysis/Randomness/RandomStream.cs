namespace NetworkSim.Analysis.Randomness;

/// <summary>What a draw is for: part of its key, so that two uses of one seed never share a stream.</summary>
internal enum RandomStream : ulong
{
    LatinHypercubeOrder = 1,
    LatinHypercubeJitter = 2,
    MorrisBase = 3,
    MorrisDirection = 4,
    MorrisOrder = 5,
    Bootstrap = 6,
    PriorDraw = 7,
    ParticlePick = 8,
    Perturbation = 9,
    Simulation = 10,
}
