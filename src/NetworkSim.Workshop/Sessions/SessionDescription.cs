namespace NetworkSim.Workshop.Sessions;

/// <summary>Where a session stands: whether it plays, how fast (weeks per second), and each run in slot order.</summary>
internal sealed record SessionDescription(bool Playing, int Speed, RunPosition[] Runs);
