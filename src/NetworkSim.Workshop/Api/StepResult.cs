using NetworkSim.Workshop.Sessions;

namespace NetworkSim.Workshop.Api;

/// <summary>What a step returns: one frame per run it stepped (none once every run is over), and the session's play state.</summary>
internal sealed record StepResult(RunFrame[] Frames, PlayState State);
