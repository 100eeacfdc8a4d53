using System.Globalization;
using System.Text.Json;
using Xunit.Abstractions;

namespace NetworkSim.Workshop.Tests;

/// <summary>
/// The page's frame time and memory with 1,000 participants, measured as the README reports them: the workshop demo
/// at 72 schools (1,008 participants) in both designs (B with a facilitator), played at speed 20 for 40 weeks in
/// headless chromium at 1920x1080 (no GPU: everything software-rendered). A frame is the time from a tick's event
/// reaching the page to the next animation frame after it was drawn (<c>window.workshopStats</c> in app.js); the
/// heap is the tab's JavaScript heap (Chrome DevTools Protocol, Performance.getMetrics) at the end.
/// </summary>
[Collection(WorkshopCollection.Name)]
public sealed class WorkshopFrameTimes(WorkshopFixture fixture, ITestOutputHelper output)
{
    public const int Schools = 72;
    public const int Weeks = 40;

    [MeasurementFact]
    public async Task Frame_time_and_heap_at_1000_participants()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = chromium.Page;
        var errors = chromium.Errors;
        await page.GotoAsync(fixture.Server.Address.ToString());
        await chromium.WaitForAsync("document.querySelector('#scenario').options.length > 0");
        foreach (var slot in new[] { "a", "b" })
        {
            await page.FillAsync($".design[data-slot=\"{slot}\"] input[name=schools]", Schools.ToString(CultureInfo.InvariantCulture));
        }

        await page.ClickAsync("#start");
        await chromium.WaitForAsync("window.workshopViews.a && window.workshopViews.b", 60_000);
        var participants = await page.EvaluateAsync<int>("workshopViews.a.participants");
        await page.EvaluateAsync("Object.assign(window.workshopStats, { frames: 0, totalMs: 0, maxMs: 0, applyMs: 0 })");
        await page.EvalOnSelectorAsync("#speed", "s => { s.value = 20; s.dispatchEvent(new Event('input')); }");
        await page.ClickAsync("#play");
        await chromium.WaitForAsync($"workshopViews.a.week >= {Weeks} && workshopViews.b.week >= {Weeks}", 300_000);
        await page.ClickAsync("#play");
        await chromium.WaitForAsync("document.querySelector('#play').textContent === 'Play'");

        var stats = await page.EvaluateAsync<JsonElement>(
            "({ ...window.workshopStats, edges: ['a', 'b'].map(s => workshopViews[s].cy.edges().filter(e => e.visible()).length), " +
            "nodes: ['a', 'b'].map(s => workshopViews[s].cy.nodes().length) })");
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Performance.enable");
        var metrics = (await cdp.SendAsync("Performance.getMetrics"))!.Value.GetProperty("metrics").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
        var frames = stats.GetProperty("frames").GetInt32();
        var report = string.Create(CultureInfo.InvariantCulture,
            $"{participants} participants per design, {frames} frames in {Weeks} weeks at speed 20: mean {stats.GetProperty("totalMs").GetDouble() / frames:0.0} ms a frame " +
            $"(apply {stats.GetProperty("applyMs").GetDouble() / frames:0.0} ms), worst {stats.GetProperty("maxMs").GetDouble():0} ms; " +
            $"edges drawn {stats.GetProperty("edges")}, nodes {stats.GetProperty("nodes")}; JS heap {metrics["JSHeapUsedSize"] / 1048576:0} MiB used of {metrics["JSHeapTotalSize"] / 1048576:0} MiB; " +
            $"server process {System.Diagnostics.Process.GetCurrentProcess().WorkingSet64 / 1048576:0} MiB working set");
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "workshop-frames.txt"), report + "\n");

        Assert.Equal(Schools * 14, participants);
        Assert.True(frames >= Weeks, $"{frames} frames");
        Assert.Empty(errors);
    }
}
