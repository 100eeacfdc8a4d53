namespace NetworkSim.Cli.Tests;

/// <summary>`networksim compare` end to end: paired seeds, the report's files, and designs that cannot be told apart refused.</summary>
public class CompareCliTests
{
    private static readonly string A = Cli.DesignA;
    private static readonly string B = Cli.DesignB;

    [Fact]
    public async Task Two_designs_run_on_the_same_replicate_seeds_and_write_a_report()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        var outcome = await Cli.RunAsync("compare", A, B, "--ticks", "6", "--replicates", "3", "--out", target, "--explain");
        Assert.Equal(0, outcome.ExitCode);
        // The answer first, in one sentence; shares in percent, costs in their currency.
        Assert.Matches(@"^answer: twenty-four-similar-two-facilitators reaches \d+\.\d % of its staff against \d+\.\d % for twelve-diverse-one-facilitator, .*; per adopter twenty-four-similar-two-facilitators costs EUR [\d,]+ against EUR [\d,]+ for twelve-diverse-one-facilitator\.\n", outcome.Output);
        Assert.Matches(@"\nformative-assessment, share of all staff practising at the end: twenty-four-similar-two-facilitators \d+\.\d % vs twelve-diverse-one-facilitator \d+\.\d %, difference [-+]?\d+\.\d points \(95 % interval ", outcome.Output);
        Assert.Matches(@"\ncost of twelve-diverse-one-facilitator: EUR [\d,]+ in total; per adopter EUR ", outcome.Output);
        foreach (var file in new[] { "runs.csv", "timeseries.csv", "compare.json", "curves.png", "forest.png", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(target, file)), file);
        }

        var rows = File.ReadAllLines(Path.Combine(target, "runs.csv")).Skip(1).Select(r => r.Split(',')).ToArray();
        Assert.Equal(6, rows.Length);
        Assert.Equal(rows.Where(r => r[0] == "twelve-diverse-one-facilitator").Select(r => r[2]), rows.Where(r => r[0] == "twenty-four-similar-two-facilitators").Select(r => r[2]));
        var report = File.ReadAllText(Path.Combine(target, "report.html"));
        Assert.Contains("<h2>The question</h2>", report);
        Assert.Contains("<h2>Cost</h2>", report);
        Assert.Contains("<h2>What drives it</h2>", report);
        Assert.Contains("explain: twenty-four-similar-two-facilitators with tie structure as in twelve-diverse-one-facilitator: final adoption ", outcome.Output);
        Assert.Contains("\"currency\": \"EUR\"", File.ReadAllText(Path.Combine(target, "compare.json")));
    }

    [Fact]
    public async Task Designs_priced_in_different_currencies_are_refused_before_anything_runs()
    {
        using var temp = new TempDirectory();
        var pounds = temp.Write("pounds.yaml", File.ReadAllText(B).Replace("currency: EUR", "currency: GBP", StringComparison.Ordinal));
        var outcome = await Cli.RunAsync("compare", A, pounds, "--out", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("error: pounds.yaml: cost.currency: GBP, while twelve-diverse-one-facilitator.yaml is priced in EUR. Allowed: one currency for every design compared.", outcome.Error);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [Fact]
    public async Task Two_designs_with_one_name_are_refused_before_anything_runs()
    {
        using var temp = new TempDirectory();
        var copy = temp.Write("copy.yaml", File.ReadAllText(A));
        var outcome = await Cli.RunAsync("compare", A, copy, "--out", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(["error: copy.yaml: name: 'twelve-diverse-one-facilitator' is also the name of twelve-diverse-one-facilitator.yaml: both would write results/twelve-diverse-one-facilitator/ and share one label here. Allowed: a name of its own for each design.",
            "1 problem; nothing was run."], outcome.Error.TrimEnd().Split(Environment.NewLine));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [Fact]
    public async Task A_single_design_is_refused()
    {
        var outcome = await Cli.RunAsync("compare", A);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("error: compare needs at least two designs, got 1.", outcome.Error);
    }
}
