using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace NetworkSim.Cli.Tests;

/// <summary>
/// `networksim calibrate` end to end on a small Bass model: the results folder, a calibrated scenario `check`
/// accepts, posterior worlds in the format `compare --worlds-file` reads, resuming after a kill, and bad input.
/// </summary>
public class CalibrateCliTests
{
    private static string[] Calibrate(TempDirectory temp, string target, params string[] more) =>
        ["calibrate", temp.Write("bass.yaml", SmallBass.Yaml), "--observed", temp.Write("observed.csv", SmallBass.Observed()), "--fit", "rules.p=0:0.1", "--fit", "rules.q=0.1:0.8",
            "--particles", "40", "--generations", "5", "--out", target, .. more];

    [Fact]
    public async Task A_calibration_writes_its_posterior_a_calibrated_scenario_check_accepts_worlds_plots_and_a_report()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        var outcome = await Cli.RunAsync(Calibrate(temp, target, "--quiet"));
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Matches(@"^rules\.p: median 0\.0\d+, 95 % credible interval 0\.0\d+ to 0\.\d+\nrules\.q: median 0\.\d+, 95 % credible interval 0\.\d+ to 0\.\d+\n", outcome.Output);
        Assert.Matches(@"\n[\d,]+ simulations over 5 generations \(effective sample size \d+\); stopped: 5 generations done\.\nRan in \d+\.\d s\.\nResults: ", outcome.Output);
        foreach (var file in new[] { "posterior.csv", "posterior-worlds.csv", "posterior-predictive.csv", "calibrated.yaml", "calibration.json", "predictive.png", "marginals.png", "pairs.png", "tolerance.png", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(target, file)), file);
        }

        var worlds = File.ReadAllLines(Path.Combine(target, "posterior-worlds.csv"));
        Assert.Equal("world,rules.p,rules.q", worlds[0]);
        Assert.Equal(Enumerable.Range(0, 100).Select(w => w.ToString(CultureInfo.InvariantCulture)), worlds.Skip(1).Select(r => r.Split(',')[0]));
        Assert.Equal(5 * 40, File.ReadAllLines(Path.Combine(target, "posterior.csv")).Length - 1);

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(target, "calibration.json")))!;
        Assert.Equal(5, json["generations"]!.AsArray().Count);
        Assert.Equal(["rules.p", "rules.q"], json["parameters"]!.AsArray().Select(p => (string)p!["key"]!));
        Assert.Equal(["adoption"], json["distance"]!["scales"]!.AsObject().Select(s => s.Key));
        Assert.Equal(3, (int)json["seed"]!);

        var calibrated = Path.Combine(target, "calibrated.yaml");
        Assert.Contains("name: bass-small-calibrated", File.ReadAllText(calibrated));
        var check = await Cli.RunAsync("check", calibrated);
        Assert.True(check.ExitCode == 0, check.Error);

        var again = await Cli.RunAsync(Calibrate(temp, target));
        Assert.Equal(0, again.ExitCode);
        Assert.StartsWith("bass-small: this calibration is already done.", again.Output);
    }

    [Fact]
    public async Task A_calibration_killed_mid_way_and_resumed_ends_with_the_same_files_as_one_left_alone()
    {
        using var temp = new TempDirectory();
        var alone = Path.Combine(temp.Path, "alone");
        var resumed = Path.Combine(temp.Path, "resumed");
        Assert.Equal(0, (await Cli.RunAsync(Calibrate(temp, alone, "--quiet", "--parallel", "2"))).ExitCode);

        using (var process = Cli.Start(Cli.RepositoryRoot, Calibrate(temp, resumed, "--parallel", "1")))
        {
            var second = Path.Combine(resumed, ".calibration", "generation-1.csv");
            var clock = Stopwatch.StartNew();
            while (!File.Exists(second) && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(5);
            }

            Assert.False(process.HasExited, "the calibration finished before it could be killed");
            process.Kill(); // SIGKILL: no clean-up runs
            await process.WaitForExitAsync();
        }

        Assert.False(File.Exists(Path.Combine(resumed, "calibration.json")));
        var resume = await Cli.RunAsync(Calibrate(temp, resumed, "--quiet", "--parallel", "2"));
        Assert.True(resume.ExitCode == 0, resume.Error);
        foreach (var file in new[] { "posterior.csv", "posterior-worlds.csv", "posterior-predictive.csv", "calibrated.yaml" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(alone, file)), File.ReadAllText(Path.Combine(resumed, file)));
        }

        Assert.Equal(WithoutSession(alone), WithoutSession(resumed));
    }

    /// <summary>calibration.json without what depends on the session (provenance: the command line; session: time and the runs before it).</summary>
    private static string WithoutSession(string folder)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "calibration.json")))!.AsObject();
        json.Remove("provenance");
        json.Remove("session");
        return json.ToJsonString().Replace(folder, "FOLDER", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tick,adoption\n2,0.05\n4,1.5\n", new string[0], "error: observed.csv:3: adoption: 1.5 is outside 0 to 1. Allowed: a share from 0 to 1 (45 % is 0.45), or an empty cell for no observation.")]
    [InlineData("tick,adoption\n20,0.5\n", new string[0], "error: observed.csv:2: tick: 20 is beyond the scenario's 16 ticks. Allowed: a whole number from 0 to 16.")]
    [InlineData("", new string[0], "error: observed.csv: empty. Allowed: a header naming the columns (tick, week or term, then any of adoption, in_network, back_home, schools_institutionalised, and optionally practice, school, n), then one row per time point.")]
    [InlineData("tick,adoption\n", new string[0], "error: observed.csv:1: holds only its header, no observations. Allowed: one row per time point after the header, e.g. 26,0.4 under tick,adoption.")]
    [InlineData("tick,adoptoin\n2,0.05\n", new string[0], "error: observed.csv:1: adoptoin: matches no column NetworkSim compares. Did you mean 'adoption'? Allowed: tick, week, term, adoption, in_network, back_home, schools_institutionalised, practice, school, n.")]
    [InlineData("tick,adoption\n2,0.05\n", new[] { "--fit", "rules.pp=0:0.1" }, "error: --fit: rules.pp: not a parameter. Did you mean 'rules.p'? Allowed:")]
    [InlineData("tick,adoption\n2,0.05\n", new[] { "--fit", "rules.p=0:1.5" }, "error: --fit: rules.p=0:1.5: 1.5 is outside the allowed range 0 to 1. Allowed: lo:hi within 0 to 1.")]
    public async Task Bad_input_is_one_line_naming_the_file_line_and_column_exit_2_and_nothing_is_run(string observed, string[] fit, string error)
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        string[] fits = fit.Length > 0 ? fit : ["--fit", "rules.p=0:0.1"];
        var outcome = await Cli.RunAsync(["calibrate", temp.Write("bass.yaml", SmallBass.Yaml), "--observed", temp.Write("observed.csv", observed), .. fits, "--out", target]);
        Assert.Equal(2, outcome.ExitCode);
        var lines = outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(error, lines[0]);
        Assert.Equal("1 problem; nothing was run.", lines[1]);
        Assert.False(Directory.Exists(target));
    }
}
