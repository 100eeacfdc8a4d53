using System.Text.Json;

namespace NetworkSim.Workshop;

/// <summary>The JSON the page reads: camelCase, as ASP.NET Core writes its responses.</summary>
internal static class WorkshopJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
