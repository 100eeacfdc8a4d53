using System.Text.Json;

namespace NetworkSim.Workshop.Api;

/// <summary>Play at this many weeks per second (the session's current speed when absent).</summary>
internal sealed record PlayRequest(JsonElement? Speed = null);
