namespace NetworkSim.Workshop.Sessions;

/// <summary>Whether a session's designs are playing, and how fast (weeks per second).</summary>
public sealed record PlayState(bool Playing, int Speed);
