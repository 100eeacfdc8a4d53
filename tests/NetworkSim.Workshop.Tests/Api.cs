using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NetworkSim.Workshop.Tests;

/// <summary>Calls to the workshop API as the page makes them, for one tab session.</summary>
internal sealed class Api(HttpClient client, string? session = null)
{
    public string Session { get; } = session ?? Guid.NewGuid().ToString();

    public Task<HttpResponseMessage> StartAsync(string slot, object design) =>
        client.PutAsJsonAsync($"api/sessions/{Session}/runs/{slot}", design);

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) =>
        client.PostAsJsonAsync($"api/sessions/{Session}/{path}", body ?? new { });

    public Task<HttpResponseMessage> DeleteAsync(string path = "") =>
        client.DeleteAsync($"api/sessions/{Session}{(path.Length == 0 ? "" : "/" + path)}");

    public Task<HttpResponseMessage> GetAsync(string path = "") =>
        client.GetAsync($"api/sessions/{Session}{(path.Length == 0 ? "" : "/" + path)}");

    public async Task<JsonElement> StartedAsync(string slot, object design) => await JsonAsync(await StartAsync(slot, design));

    /// <summary>Steps every design and returns their frames.</summary>
    public async Task<JsonElement[]> StepAsync(int ticks) =>
        [.. (await JsonAsync(await PostAsync("step", new { ticks }))).GetProperty("frames").EnumerateArray()];

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
