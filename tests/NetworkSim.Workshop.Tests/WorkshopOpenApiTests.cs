using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NetworkSim.Workshop.Tests;

[Collection(WorkshopCollection.Name)]
public sealed class WorkshopOpenApiTests(WorkshopFixture fixture)
{
    [Fact]
    public async Task The_app_serves_an_openapi_document_in_which_every_operation_has_a_summary_and_its_responses()
    {
        var document = await DocumentAsync();

        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("NetworkSim workshop API", document.GetProperty("info").GetProperty("title").GetString());
        foreach (var (method, path, operation) in Operations(document))
        {
            Assert.False(string.IsNullOrWhiteSpace(operation.TryGetProperty("summary", out var s) ? s.GetString() : null), $"{method} {path} has no summary");
            var responses = operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty("200", out _) || responses.TryGetProperty("204", out _), $"{method} {path} declares no success");
            if (path.StartsWith("/api/sessions/", StringComparison.Ordinal))
            {
                Assert.True(responses.TryGetProperty("400", out _), $"{method} {path} does not declare its refusal");
            }
        }

        var start = Operations(document).Single(o => o is { Method: "put", Path: "/api/sessions/{id}/runs/{slot}" }).Operation;
        Assert.True(start.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(start.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _));
    }

    [Fact]
    public async Task The_routes_docs_workshop_api_lists_are_exactly_the_operations_of_the_openapi_document()
    {
        var document = await DocumentAsync();
        var docs = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "docs", "workshop-api.md"));
        var listed = docs.Select(l => Regex.Match(l, @"^\| (GET|PUT|POST|DELETE) \| `([^`]+)` \|"))
            .Where(m => m.Success)
            .Select(m => $"{m.Groups[1].Value.ToLowerInvariant()} {m.Groups[2].Value.Replace("…", "/api/sessions/{id}", StringComparison.Ordinal)}")
            .Order(StringComparer.Ordinal).ToArray();

        var served = Operations(document).Select(o => $"{o.Method} {o.Path}").Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(listed, served);
    }

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await fixture.Client.GetAsync("openapi/v1.json");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static IEnumerable<(string Method, string Path, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name is "get" or "put" or "post" or "delete").Select(o => (o.Name, p.Name, o.Value)));
}
