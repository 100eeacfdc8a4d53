namespace NetworkSim.Workshop.Sessions;

/// <summary>A design started (or reset) in a slot: its network, the design as resolved, and its first frame.</summary>
/// <param name="Design">The controls' values after the scenario filled in what the page did not set.</param>
internal sealed record RunStarted(string Slot, string Scenario, string Name, string Practice, ulong Seed, ResolvedDesign Design, RunGraph Graph, RunFrame Frame);
