namespace NetworkSim.Workshop.Sessions;

/// <summary>One week of the adoption curve: who practises (the run's first practice), in the network and back home.</summary>
internal sealed record CurvePoint(int Week, int Practising, int InNetwork, int BackHome);
