using System.Diagnostics;

namespace NetworkSim.Cli.Tests;

/// <summary>
/// Ctrl-C or SIGTERM while the embedded silo is still starting: the run is cancelled like any other (130 or 143, one
/// line), never an internal error. The silo's own debug log says where its start has got to; each case signals the
/// process as soon as the silo prints that line, so that the signal lands between different start stages.
/// </summary>
public class SiloStartCancellationTests
{
    [Theory]
    [InlineData("INT", 130, "Starting Orleans Silo.")]
    [InlineData("INT", 130, "Stage 1999: ")]
    [InlineData("INT", 130, "'SiloConnectionListener' started in stage '1999'")]
    [InlineData("INT", 130, "started in stage 'RuntimeInitialize (2000)'")]
    [InlineData("INT", 130, "Starting lifecycle stage 'RuntimeServices (4000)'")]
    [InlineData("TERM", 143, "Starting Orleans Silo.")]
    [InlineData("TERM", 143, "'SiloConnectionListener' started in stage '1999'")]
    public async Task A_signal_while_the_silo_starts_cancels_the_run_with_one_line(string signal, int exitCode, string starting)
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        using var process = Cli.StartWith(Cli.RepositoryRoot, ["NETWORKSIM_LOG=Debug"], ["run", Cli.Scenario("workshop-demo.yaml"), "--out", target, "--quiet"]);
        var error = process.StandardError.ReadToEndAsync();
        var log = new List<string>(); // the silo's log, on standard output
        var signalledAt = -1;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            log.Add(line);
            if (signalledAt < 0 && line.Contains(starting, StringComparison.Ordinal))
            {
                using var kill = Process.Start("kill", $"-{signal} {process.Id}")!;
                await kill.WaitForExitAsync();
                signalledAt = log.Count;
            }
        }

        await process.WaitForExitAsync();
        var errors = (await error).TrimEnd('\n').Split('\n');
        Assert.True(signalledAt >= 0, $"the silo never printed \"{starting}\":\n{string.Join('\n', log)}");
        Assert.True(exitCode == process.ExitCode, $"exit {process.ExitCode}:\n{string.Join('\n', errors)}");
        Assert.Equal(3, errors.Length); // what it runs, "cancelling", "cancelled": no internal error, no stack trace
        Assert.StartsWith("networksim: workshop-demo: ", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("networksim: cancelling", errors[1], StringComparison.Ordinal);
        // The console logger writes from a queue, so a line may show after the start went on: mostly 0 ticks are done.
        Assert.Matches(@"^cancelled: workshop-demo, \d+ of 1,040 ticks done \(\d+ of 10 replicates\); no results were written and " + System.Text.RegularExpressions.Regex.Escape(target) + " was left as it was.$", errors[2]);
        Assert.DoesNotContain(log.Skip(signalledAt), l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("   at ", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task Without_NETWORKSIM_LOG_the_silo_logs_nothing_below_an_error()
    {
        using var temp = new TempDirectory();
        var outcome = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "2", "--replicates", "1", "--out", Path.Combine(temp.Path, "out"), "--quiet");

        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("formative-assessment: final adoption", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Ran in ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Results: ", lines[2], StringComparison.Ordinal);
    }
}
