namespace NetworkSim.Runner.Worlds;

/// <summary>A significant limit of a PRIM box: the parameter lies above <see cref="Above"/> and/or below <see cref="Below"/>.</summary>
public sealed record BoxLimit(string Key, double? Above, double? Below, double QuasiP);
