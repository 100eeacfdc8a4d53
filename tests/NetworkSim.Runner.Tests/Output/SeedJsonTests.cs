using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkSim.Runner.Output;

namespace NetworkSim.Runner.Tests.Output;

/// <summary>
/// Seeds in the JSON files are exact for every reader: JavaScript and R's jsonlite read numbers as doubles and round
/// whole numbers above 2^53, which nearly every replicate seed is.
/// </summary>
public class SeedJsonTests
{
    [Fact]
    public void A_seed_up_to_2_to_the_53_is_a_number_and_a_larger_one_its_decimal_string()
    {
        Assert.Equal("12", SeedJson.Of(12).ToJsonString());
        Assert.Equal("9007199254740992", SeedJson.Of(1UL << 53).ToJsonString());
        Assert.Equal("\"9007199254740993\"", SeedJson.Of((1UL << 53) + 1).ToJsonString());
        Assert.Equal("\"18446744073709551615\"", SeedJson.Of(ulong.MaxValue).ToJsonString());
    }

    [Fact]
    public void Replicate_seeds_in_summary_json_are_strings_that_read_back_exactly()
    {
        var results = FakeResults.Make();
        results = results with { Replicates = [.. results.Replicates.Select((r, i) => r with { Seed = ulong.MaxValue - (ulong)i })] };
        var json = JsonDocument.Parse(SummaryJson.Write(results, Provenance.Current("networksim run x"), ResultsSummary.Practices(results), ["a"], 1 << 20)).RootElement;

        Assert.Equal(["18446744073709551615", "18446744073709551614"], json.GetProperty("replicate_seeds").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(JsonValueKind.Number, json.GetProperty("seed").ValueKind);
    }

    [Fact]
    public void Replicate_seeds_in_sweep_json_are_strings()
    {
        var seeds = JsonNode.Parse(SeedJson.Replicates([5, ulong.MaxValue]).ToJsonString())!.AsArray();
        Assert.Equal(["5", "18446744073709551615"], seeds.Select(s => s!.GetValue<string>()));
    }
}
