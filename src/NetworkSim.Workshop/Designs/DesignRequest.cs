using System.Text.Json;

namespace NetworkSim.Workshop.Designs;

/// <summary>
/// A design as the page's controls set it, in a room's words. Every value is optional (absent: as in the scenario)
/// and is kept as the JSON the page sent, so that it is turned into an override and checked exactly like the file.
/// </summary>
/// <param name="Scenario">The id of an offered scenario (see <see cref="ScenarioCatalog"/>).</param>
/// <param name="Seed">The seed: two designs on the same seed share their random draws.</param>
/// <param name="Weeks">Ticks to run.</param>
/// <param name="Schools">Number of schools.</param>
/// <param name="Team">Team per school: lone-teacher, principal-and-teacher or team-of-three.</param>
/// <param name="Facilitator">Facilitator on (true) or off (false).</param>
/// <param name="Capacity">How many schools one facilitator serves with its full time (facilitators.capacity).</param>
/// <param name="Diversity">How different the schools are, 0–1.</param>
/// <param name="SiteVisit">A site visit to a practising school, on or off.</param>
internal sealed record DesignRequest(
    JsonElement? Scenario = null,
    JsonElement? Seed = null,
    JsonElement? Weeks = null,
    JsonElement? Schools = null,
    JsonElement? Team = null,
    JsonElement? Facilitator = null,
    JsonElement? Capacity = null,
    JsonElement? Diversity = null,
    JsonElement? SiteVisit = null);
