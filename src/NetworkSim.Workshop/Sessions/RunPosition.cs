namespace NetworkSim.Workshop.Sessions;

/// <summary>The week a session's run has reached, and whether it is over.</summary>
internal sealed record RunPosition(string Slot, int Week, bool Finished);
