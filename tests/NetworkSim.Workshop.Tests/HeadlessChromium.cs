using Microsoft.Playwright;

namespace NetworkSim.Workshop.Tests;

/// <summary>
/// Debian's chromium, headless (scripts/install-components.sh installs it; browsers cannot be downloaded here), with a page that records
/// what went wrong in it: script errors and the content security policy's refusals.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.PageError += (_, e) => Errors.Add(e);
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                Errors.Add(m.Text);
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Uncaught script errors and refusals by the content security policy, in the order they came.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>
    /// Waits until <paramref name="condition"/> (a JavaScript expression) is true in the page. Playwright's
    /// WaitForFunctionAsync evaluates its predicate with eval, which the page's content security policy forbids;
    /// here the test's own evaluation (not subject to the policy) checks it every 20 ms inside the page.
    /// </summary>
    public async Task WaitForAsync(string condition, int timeoutMilliseconds = 30_000)
    {
        var check = $"() => new Promise(resolve => {{ const check = () => ({condition}) ? resolve(true) : setTimeout(check, 20); check(); }})";
        await Page.EvaluateAsync<bool>(check).WaitAsync(TimeSpan.FromMilliseconds(timeoutMilliseconds));
    }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        // Skips the test (or fails it where components are required) when chromium is not installed.
        var chromium = Components.Chromium();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        return new HeadlessChromium(playwright, browser, await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } }));
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
