namespace NetworkSim.Cli.Tests;

/// <summary>`networksim sweep` end to end: common seeds, resuming after a kill, refusing a changed sweep, bad input.</summary>
public class SweepCliTests
{
    private static string Sweep(TempDirectory temp, int replicates = 8, string parameters = "  network.diversity: [0.2, 0.5, 0.8]\n  practices[0].complexity: [0.3, 0.6]\n", int ticks = 8) =>
        temp.Write("sweep.yaml",
            $"base: {Cli.Scenario("workshop-demo.yaml")}\nseed: 5\nreplicates: {replicates}\nset:\n  ticks: {ticks}\ndesign: grid\nparameters:\n{parameters}");

    [Fact]
    public async Task A_sweep_killed_mid_way_and_resumed_writes_the_same_files_as_one_left_alone()
    {
        using var temp = new TempDirectory();
        // A year a run, not 8 weeks: at 8 ticks the 48 runs took about a millisecond each, and the sweep could write
        // every row between the second row being seen and the kill landing (it once returned 48 rows, on a clean clone).
        var sweep = Sweep(temp, ticks: 52);
        var alone = Path.Combine(temp.Path, "alone");
        var resumed = Path.Combine(temp.Path, "resumed");
        var uninterrupted = await Cli.RunAsync("sweep", sweep, "--out", alone, "--parallel", "2");
        Assert.Equal(0, uninterrupted.ExitCode);

        Assert.InRange(await Cli.KillAfterRowsAsync(Path.Combine(resumed, "runs.csv"), 2, "sweep", sweep, "--out", resumed, "--parallel", "1"), 2, 47);
        Assert.False(File.Exists(Path.Combine(resumed, "sweep.json")));
        var resume = await Cli.RunAsync("sweep", sweep, "--out", resumed, "--parallel", "2");
        Assert.Equal(0, resume.ExitCode);
        Assert.Contains("already done", resume.Error);
        foreach (var file in new[] { "runs.csv", "timeseries.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(alone, file)), File.ReadAllBytes(Path.Combine(resumed, file)));
        }

        var rows = File.ReadAllLines(Path.Combine(alone, "runs.csv")).Skip(1).Select(r => r.Split(',')).ToArray();
        Assert.Equal(6 * 8, rows.Length);

        // Common random numbers: replicate r has one seed, whatever the point.
        Assert.All(rows.GroupBy(r => r[1]), g => Assert.Single(g.Select(r => r[2]).Distinct()));
        Assert.Equal(8, rows.Select(r => r[2]).Distinct().Count());
        foreach (var file in new[] { "sweep.json", "report.html", "heatmap.png", "response_1.png", "response_2.png", "effects.png" })
        {
            Assert.True(File.Exists(Path.Combine(alone, file)), file);
        }

        var again = await Cli.RunAsync("sweep", sweep, "--out", alone);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("all 48 runs are already done", again.Output);
        // What it found, a line per point, as the finished sweep printed it.
        Assert.Equal(6, again.Output.Split('\n').Count(l => l.StartsWith("point ", StringComparison.Ordinal)));
        Assert.Contains("\npoint 1 (", again.Output);
    }

    [Fact]
    public async Task A_changed_sweep_file_is_refused_against_an_existing_folder_unless_forced()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        Assert.Equal(0, (await Cli.RunAsync("sweep", Sweep(temp, 1, "  network.diversity: [0.2]\n"), "--out", target, "--quiet")).ExitCode);
        var changed = await Cli.RunAsync("sweep", Sweep(temp, 1, "  network.diversity: [0.3]\n"), "--out", target);
        Assert.Equal(2, changed.ExitCode);
        Assert.Equal($"error: {target} holds a sweep made from a different sweep file or base scenario, and was left as it is. " +
            "Allowed: the unchanged sweep file (to resume it), another --out folder, or --force to start it again.", changed.Error.Trim());
        var forced = await Cli.RunAsync("sweep", Sweep(temp, 1, "  network.diversity: [0.3]\n"), "--out", target, "--force", "--quiet");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains(",0.3,", File.ReadAllLines(Path.Combine(target, "runs.csv"))[1]);
    }

    [Fact]
    public async Task A_folder_holding_other_files_is_refused_even_with_force()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");
        var outcome = await Cli.RunAsync("sweep", Sweep(temp, 1, "  network.diversity: [0.2]\n"), "--out", target);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("holds files NetworkSim did not write (notes.txt) and was left as it is", outcome.Error);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "notes.txt")));

        // --force replaces only a folder NetworkSim marked as its results: someone's notes survive it.
        var forced = await Cli.RunAsync("sweep", Sweep(temp, 1, "  network.diversity: [0.2]\n"), "--out", target, "--force");
        Assert.Equal(2, forced.ExitCode);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "notes.txt")));
    }

    [Fact]
    public async Task Force_on_a_sweep_folder_replaces_the_files_its_sweep_wrote_and_nothing_the_user_added()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        Assert.Equal(0, (await Cli.RunAsync("sweep", Sweep(temp, 1, "  network.diversity: [0.2, 0.4]\n"), "--out", target, "--quiet")).ExitCode);
        Assert.Equal(0, (await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "2", "--replicates", "1", "--out", target, "--force")).ExitCode);
        Assert.True(File.Exists(Path.Combine(target, "summary.json")));
        Assert.False(File.Exists(Path.Combine(target, "runs.csv")));

        Assert.Equal(0, (await Cli.RunAsync("sweep", Sweep(temp, 1, "  network.diversity: [0.2, 0.4]\n"), "--out", target, "--quiet", "--force")).ExitCode);
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");
        var forced = await Cli.RunAsync("sweep", Sweep(temp, 1, "  network.diversity: [0.3]\n"), "--out", target, "--force");
        Assert.Equal(2, forced.ExitCode);
        Assert.Equal($"error: {target} holds files NetworkSim did not write (notes.txt) and was left as it is. Allowed: a new or empty folder for --out, or this one once they are moved out.", forced.Error.Trim());
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "notes.txt")));
        Assert.True(File.Exists(Path.Combine(target, "runs.csv")));
    }

    [Fact]
    public async Task A_swept_key_that_does_not_exist_exits_with_code_two_naming_the_sweep_and_point()
    {
        using var temp = new TempDirectory();
        var outcome = await Cli.RunAsync("sweep", Sweep(temp, 1, "  network.diversty: [0.2]\n"), "--out", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("error: sweep.yaml: point 0: network.diversty: unknown key. Did you mean 'diversity'?", outcome.Error);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [Fact]
    public async Task A_swept_range_outside_the_allowed_range_exits_with_code_two()
    {
        using var temp = new TempDirectory();
        var outcome = await Cli.RunAsync("sweep", Sweep(temp, 1, "  network.diversity: [0.5, 1.4]\n"), "--out", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(["error: sweep.yaml: point 1: network.diversity: 1.4 is out of range. Allowed: 0 to 1.", "1 problem; nothing was run."], outcome.Error.TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public async Task An_empty_grid_exits_with_code_two()
    {
        using var temp = new TempDirectory();
        var outcome = await Cli.RunAsync("sweep", Sweep(temp, 1, "  network.diversity: []\n"), "--out", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("error: sweep.yaml:8: parameters.network.diversity: an empty list of values.", outcome.Error);
    }

    [Fact]
    public async Task A_design_too_large_for_the_disk_exits_with_code_two_and_the_estimate()
    {
        using var temp = new TempDirectory();
        var sweep = temp.Write("sweep.yaml", $"base: {Cli.Scenario("workshop-demo.yaml")}\nreplicates: 10000\nset:\n  ticks: 100000\n" +
            "design: latin-hypercube\nsamples: 100000\nparameters:\n  network.diversity: {min: 0, max: 1}\n");
        var outcome = await Cli.RunAsync("sweep", sweep, "--out", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("error: sweep.yaml: the sweep's 1,000,000,000 runs (100,000 points x 10000 replicates) would write about ", outcome.Error);
        Assert.Contains("Allowed: at most 90 % of the free space", outcome.Error);
    }
}
