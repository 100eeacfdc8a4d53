using System.Text.Json;

namespace NetworkSim.Workshop.Api;

/// <summary>How many weeks a step advances (1 when absent).</summary>
internal sealed record StepRequest(JsonElement? Ticks = null);
