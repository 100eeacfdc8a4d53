using Microsoft.Playwright;

namespace NetworkSim.Workshop.Tests;

/// <summary>The page in a real headless browser (<see cref="HeadlessChromium"/>): Debian's chromium (scripts/install-components.sh installs it; browsers cannot be downloaded here).</summary>
[Collection(WorkshopCollection.Name)]
public sealed class WorkshopPageTests(WorkshopFixture fixture)
{
    private const string Practising = "rgb(0,114,178)";

    [SkippableFact]
    public async Task The_page_runs_two_designs_side_by_side_and_participants_change_colour_and_both_curves_grow()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = chromium.Page;
        var errors = chromium.Errors;
        await page.GotoAsync(fixture.Server.Address.ToString());
        await chromium.WaitForAsync("document.querySelector('#scenario').options.length > 0");

        await page.ClickAsync("#start");
        await chromium.WaitForAsync("window.workshopViews.a && window.workshopViews.b");
        var start = await PractisingAsync(page);
        await page.ClickAsync("#step");
        await chromium.WaitForAsync("workshopViews.a.week === 1 && workshopViews.b.week === 1");
        await page.EvalOnSelectorAsync("#speed", "s => { s.value = 20; s.dispatchEvent(new Event('input')); }");
        await page.ClickAsync("#play");
        await chromium.WaitForAsync("workshopViews.a.week >= 30 && workshopViews.b.week >= 30", 20_000);
        await page.ClickAsync("#play");
        await chromium.WaitForAsync("document.querySelector('#play').textContent === 'Play'");
        await chromium.WaitForAsync("workshopViews.a.week === workshopViews.b.week");
        var end = await PractisingAsync(page);

        Assert.Equal(2, start.A);                    // Riverside's principal and teacher, drawn in the practising colour
        Assert.Equal(2, start.B);
        Assert.True(end.A > start.A, $"design A: {start.A} -> {end.A} practising nodes");
        Assert.True(end.B > start.B, $"design B: {start.B} -> {end.B} practising nodes");
        foreach (var slot in new[] { "a", "b" })
        {
            var grown = await page.EvaluateAsync<int[]>($"[workshopViews.{slot}.curve[0].practising, workshopViews.{slot}.curve[workshopViews.{slot}.week].practising]");
            Assert.True(grown[1] > grown[0], $"design {slot}: curve {grown[0]} -> {grown[1]}");
        }

        Assert.StartsWith("With a facilitator: ", await page.TextContentAsync("#difference"), StringComparison.Ordinal);
        Assert.Contains("new tie the facilitator brokered (last 8 weeks)", await page.TextContentAsync(".legend"), StringComparison.Ordinal);

        // The participants' CSV the page offers has run --agents' columns, one row per participant.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(".design[data-slot=\"b\"] .counts a:text('participants')"));
        var agents = await File.ReadAllLinesAsync(await download.PathAsync());
        Assert.Equal(Runner.Output.AgentOutputs.AgentsHeader, agents[0]);
        Assert.Equal(1 + 112, agents.Length);

        // What a large view draws (synthetic: six participants in schools 0, 0, 0, 1, 1, 2 at week 10, participant 2
        // changed at week 9): each one's strongest tie in its school, the strongest ties of who changed lately, the
        // brokered tie of week 8, and one line per pair of schools with its count of ties and their mean trust.
        var drawn = await page.EvaluateAsync<string[]>("""
            (() => {
              const tie = (a, b, trust, brokered = false, formed = 0) => ({ key: a * 1048576 + b, a, b, trust, brokered, formed, cross: [0, 0, 0, 1, 1, 2][a] !== [0, 0, 0, 1, 1, 2][b] });
              const ties = [tie(0, 1, 80), tie(0, 2, 50), tie(1, 2, 40), tie(0, 3, 90), tie(1, 4, 60), tie(2, 5, 70), tie(3, 4, 30), tie(4, 5, 40, true, 8)];
              const changed = new Int32Array(6).fill(-1e6); changed[2] = 9;
              const view = { large: true, week: 10, changed, ties: new Map(ties.map(t => [t.key, t])), started: { graph: { school: [0, 0, 0, 1, 1, 2] } } };
              const { want, pairs } = tiesToDraw(view);
              return [...[...want.values()].map(t => `${t.a}-${t.b}`).sort(), ...[...pairs.values()].map(p => `schools ${p.s}-${p.r}: ${p.ties} at ${p.trust}`).sort()];
            })()
            """);
        Assert.Equal(["0-1", "0-2", "1-2", "2-5", "4-5", "schools 0-1: 2 at 75", "schools 0-2: 1 at 70", "schools 1-2: 1 at 40"], drawn);
        Assert.Empty(errors);
        var screenshot = Path.Combine(AppContext.BaseDirectory, "workshop.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        if (Environment.GetEnvironmentVariable("NETWORKSIM_WORKSHOP_SCREENSHOT") is { Length: > 0 } copy)
        {
            // The README shows this picture and quotes the sentence the page says in it: both come from this run.
            File.Copy(screenshot, copy, overwrite: true);
            File.WriteAllText(Path.ChangeExtension(copy, ".txt"), await page.InnerTextAsync("#difference") + "\n");
        }
    }

    [SkippableFact]
    public async Task On_a_1400_by_900_screen_the_answer_sentence_and_the_legend_show_without_scrolling()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = chromium.Page;
        await page.SetViewportSizeAsync(1400, 900);
        await page.GotoAsync(fixture.Server.Address.ToString());
        await chromium.WaitForAsync("document.querySelector('#scenario').options.length > 0");
        await page.ClickAsync("#start");
        await chromium.WaitForAsync("window.workshopViews.a && window.workshopViews.b");
        await page.ClickAsync("#step");
        await chromium.WaitForAsync("workshopViews.a.week === 1 && workshopViews.b.week === 1");
        foreach (var selector in new[] { "#difference", ".legend" })
        {
            var bottom = await page.EvaluateAsync<double>($"document.querySelector('{selector}').getBoundingClientRect().bottom");
            Assert.True(bottom is > 0 and <= 900, $"{selector} ends at {bottom} px, below the 900 px the screen shows");
        }

        Assert.Empty(chromium.Errors);
    }

    /// <summary>Participants whose node is drawn in the practising colour, in design A and design B.</summary>
    private static async Task<(int A, int B)> PractisingAsync(IPage page)
    {
        var counts = await page.EvaluateAsync<int[]>(
            $"['a', 'b'].map(s => workshopViews[s].cy.nodes().filter(n => n.style('background-color').replace(/ /g, '') === '{Practising}').length)");
        return (counts[0], counts[1]);
    }
}
