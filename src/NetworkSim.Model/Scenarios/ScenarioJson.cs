using System.Text.Json;
using System.Text.Json.Serialization;

namespace NetworkSim.Model.Scenarios;

/// <summary>The JSON form of a resolved scenario: what a run receives and what <c>summary.json</c> records.</summary>
public static class ScenarioJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Serialize(Scenario scenario) => JsonSerializer.Serialize(scenario, Options);

    public static Scenario Deserialize(string json) =>
        JsonSerializer.Deserialize<Scenario>(json, Options) ?? throw new JsonException("empty scenario");
}
