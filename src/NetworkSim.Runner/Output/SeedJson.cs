using System.Globalization;
using System.Text.Json.Nodes;

namespace NetworkSim.Runner.Output;

/// <summary>
/// Seeds in summary.json, sweep.json and compare.json, exact for every reader: JavaScript and R's jsonlite read JSON
/// numbers as doubles, which hold whole numbers exactly only up to 2^53, and replicate seeds (64-bit hashes) are
/// nearly always above it. A seed is a number only where that is exact, otherwise its decimal string; replicate
/// seeds are always strings, so the array has one type.
/// </summary>
internal static class SeedJson
{
    /// <summary>The largest whole number a double holds exactly with every smaller one: 2^53.</summary>
    public const ulong ExactLimit = 1UL << 53;

    public static JsonNode Of(ulong seed) =>
        seed <= ExactLimit ? JsonValue.Create(seed) : JsonValue.Create(seed.ToString(CultureInfo.InvariantCulture));

    public static JsonArray Replicates(IEnumerable<ulong> seeds) =>
        new([.. seeds.Select(s => (JsonNode)JsonValue.Create(s.ToString(CultureInfo.InvariantCulture)))]);
}
