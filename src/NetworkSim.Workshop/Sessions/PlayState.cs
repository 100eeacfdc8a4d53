namespace NetworkSim.Workshop.Sessions;

/// <summary>Whether a session's designs are playing, and how fast (weeks per second).</summary>
internal sealed record PlayState(bool Playing, int Speed);
