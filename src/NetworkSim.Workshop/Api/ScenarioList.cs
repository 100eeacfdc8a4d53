using NetworkSim.Workshop.Designs;

namespace NetworkSim.Workshop.Api;

/// <summary>What <c>GET /api/scenarios</c> returns: the scenarios the page offers and the one it opens with.</summary>
/// <param name="DefaultId">The scenario a design starts when it names none.</param>
internal sealed record ScenarioList(string? DefaultId, IReadOnlyList<OfferedScenario> Scenarios);
