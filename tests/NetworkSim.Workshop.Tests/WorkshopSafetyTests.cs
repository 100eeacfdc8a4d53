using System.Net;

namespace NetworkSim.Workshop.Tests;

/// <summary>What a hostile scenario file or web page can make the workshop server and its page do: nothing.</summary>
[Collection(WorkshopCollection.Name)]
public sealed class WorkshopSafetyTests(WorkshopFixture fixture)
{
    public const string Policy = "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='; " +
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    [SkippableFact]
    public async Task A_scenario_named_with_markup_is_listed_as_text_and_its_markup_never_runs()
    {
        using var folder = new TempDirectory();
        const string name = "<img src=x onerror=\"window.injected = 1\">";
        var demo = await File.ReadAllTextAsync(Path.Combine(WorkshopFixture.Scenarios, "workshop-demo.yaml"));
        folder.Write("workshop-demo.yaml", demo.Replace("name: workshop-demo\n", $"name: '{name}'\n", StringComparison.Ordinal));
        await using var server = await fixture.StartServerAsync(WorkshopOptions.DefaultIdleTimeout, folder.Path);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = chromium.Page;

        await page.GotoAsync(server.Address.ToString());
        await chromium.WaitForAsync("document.querySelector('#scenario').options.length > 0");
        await page.ClickAsync("#start");
        await chromium.WaitForAsync("window.workshopViews.a && window.workshopViews.b");
        await page.ClickAsync("#step");
        await chromium.WaitForAsync("workshopViews.a.week === 1 && workshopViews.b.week === 1");
        var png = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#png"));

        Assert.Equal(name, await page.EvalOnSelectorAsync<string>("#scenario option", "o => o.textContent"));
        Assert.Equal(0, await page.EvaluateAsync<int>("document.querySelectorAll('img').length"));
        Assert.False(await page.EvaluateAsync<bool>("window.injected === 1"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await File.ReadAllBytesAsync(await png.PathAsync()))[..4]);
        Assert.Empty(chromium.Errors); // the page, Cytoscape and the PNG export all keep to the content security policy
    }

    [Theory]
    [InlineData("")]
    [InlineData("app.js")]
    [InlineData("api/scenarios")]
    [InlineData("api/sessions/not-a-session!/runs/a")]
    public async Task Every_response_carries_a_content_security_policy_that_allows_no_inline_script_nor_framing(string path)
    {
        using var response = await fixture.Client.GetAsync(path);

        Assert.Equal(Policy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Theory]
    [InlineData("127.0.0.1:{port}", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("localhost:{port}", HttpStatusCode.OK)]
    [InlineData("[::1]:{port}", HttpStatusCode.OK)]
    [InlineData("attacker.example:{port}", HttpStatusCode.BadRequest)]
    [InlineData("127.0.0.1.attacker.example", HttpStatusCode.BadRequest)]
    [InlineData("localhost.attacker.example:{port}", HttpStatusCode.BadRequest)]
    [InlineData("10.0.0.7:{port}", HttpStatusCode.BadRequest)]
    public async Task Only_a_loopback_host_name_is_answered_so_a_rebound_dns_name_reaches_nothing(string host, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/scenarios");
        request.Headers.Host = host.Replace("{port}", fixture.Server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.DoesNotContain("scenarios", body, StringComparison.Ordinal);
            Assert.Equal(Policy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        }
    }
}
