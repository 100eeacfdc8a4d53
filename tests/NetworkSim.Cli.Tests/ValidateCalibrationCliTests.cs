namespace NetworkSim.Cli.Tests;

/// <summary>
/// `networksim validate --calibration --quick`: the recovery study and the closed-form Bass check through the
/// command's own path, small enough for the test suite (about 25 s on 2 cores in a Debug build).
/// </summary>
public class ValidateCalibrationCliTests
{
    [Fact]
    public async Task The_quick_calibration_study_recovers_its_truths_narrows_with_more_data_and_fits_bass_p_and_q()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "validation");
        var outcome = await Cli.RunAsync("validate", "--calibration", "--quick", "--out", target);
        Assert.True(outcome.ExitCode == 0, outcome.Output + outcome.Error);
        var lines = outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] checks = ["bass-small: coverage of rules.p", "bass-small: rules.p narrows with more data", "bass-small: coverage of rules.q", "bass-small: rules.q narrows with more data", "bass closed form"];
        Assert.All(checks.Zip(lines), c => Assert.StartsWith($"pass  {c.First}: ", c.Second));
        Assert.Matches(@"^21 calibrations, [\d,]+ simulations\.$", lines[5]);
        Assert.Matches(@"^Ran in \d+\.\d min on \d+ cores\.$", lines[6]);
        var rows = File.ReadAllLines(Path.Combine(target, "calibration-recovery.csv"));
        Assert.Equal("study,parameter,truth,data,true_value,median,mean,low_2_5,high_97_5,covered,runs", rows[0]);
        Assert.Equal(2 * 10 * 2 + 2, rows.Length - 1);
        Assert.True(File.Exists(Path.Combine(target, "recovery-bass-small.png")));
        Assert.False(Directory.Exists(Path.Combine(target, "work")));
    }
}
