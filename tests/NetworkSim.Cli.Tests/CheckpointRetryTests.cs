using System.Diagnostics;

namespace NetworkSim.Cli.Tests;

/// <summary>
/// A Redis that stops answering for a while (frozen with SIGSTOP, as a machine under heavy load makes it look) while
/// a run on a cluster checkpoints every tick: the silo tries each checkpoint piece again, and the run ends with the
/// undisturbed results; a Redis that stays frozen through every try ends the run with one line.
/// </summary>
public class CheckpointRetryTests
{
    [Fact]
    public async Task A_checkpoint_Redis_could_not_take_is_tried_again_and_one_it_never_takes_ends_the_run_in_one_line()
    {
        using var temp = new TempDirectory();
        var up = await Cli.RunInAsync(temp.Path, "cluster", "up", "--silos", "1");
        var state = Path.Combine(temp.Path, ".networksim-cluster");
        var redis = 0;
        try
        {
            Assert.True(up.ExitCode == 0, up.Error + up.Output);
            redis = ClusterTests.ClusterPids(state)[0];
            var cluster = up.Output.Split('\n').Single(l => l.StartsWith("use it with: ", StringComparison.Ordinal))["use it with: ".Length..].Split(' ');
            var log = Path.Combine(state, "silo-1.log");
            string[] run = ["run", Cli.Scenario("workshop-demo.yaml"), "--replicates", "1", "--quiet", "--checkpoint-every", "1", "--telemetry", "console", .. cluster];

            // Frozen at tick 3 until the silo says it tries a piece again: the run goes on and ends as if nothing had happened.
            var thawed = await RunFrozenAsync(temp.Path, [.. run, "--out", Path.Combine(temp.Path, "thawed")], redis, log, "; trying again in 250 ms (2 of 4).");
            Assert.True(thawed.ExitCode == 0, thawed.Error);
            var embedded = await Cli.RunInAsync(temp.Path, "run", Cli.Scenario("workshop-demo.yaml"), "--replicates", "1", "--quiet", "--out", Path.Combine(temp.Path, "embedded"));
            Assert.True(embedded.ExitCode == 0, embedded.Error);
            Assert.Equal(File.ReadAllText(Path.Combine(temp.Path, "embedded", "timeseries.csv")), File.ReadAllText(Path.Combine(temp.Path, "thawed", "timeseries.csv")));

            // Frozen until the silo has given a piece's write up after its fourth try: one line, no stack trace, no results.
            // (A clear it gives up is left to the client, which clears the run's records when it ends: the run goes on.)
            var failed = await RunFrozenAsync(temp.Path, [.. run, "--out", Path.Combine(temp.Path, "failed")], redis, log, "writing it in grain storage 'networksim-checkpoints' failed 4 times");
            Assert.Equal(2, failed.ExitCode);
            var error = Assert.Single(failed.Error.Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
            Assert.True(System.Text.RegularExpressions.Regex.IsMatch(error, @"^error: cluster 'local' \(service 'networksim', Redis 127\.0\.0\.1:\d+\): checkpoint piece 'workshop-demo-r0-[0-9a-f]{32}@\d+/[a-z/0-9]+': writing it in grain storage 'networksim-checkpoints' failed 4 times in \d+\.\d s \(the last time: .{1,210}\); the run cannot go on without its checkpoints, so no results were written\. Run it again once the storage answers\.$"), error);
            Assert.DoesNotContain("internal error", failed.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", failed.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(temp.Path, "failed")));
        }
        finally
        {
            Signal(redis, "CONT");
            var down = await Cli.RunInAsync(temp.Path, "cluster", "down");
            Assert.True(down.ExitCode == 0, down.Error);
        }
    }

    /// <summary>Runs <paramref name="args"/>, freezes Redis once tick 3 has ended and thaws it once the silo's log holds <paramref name="thawAt"/> (a new line).</summary>
    private static async Task<Cli.Outcome> RunFrozenAsync(string folder, string[] args, int redis, string log, string thawAt)
    {
        var seen = File.ReadAllText(log).Length;
        var process = Cli.Start(folder, args);
        var error = process.StandardError.ReadToEndAsync();
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync()) is not null && !line.Contains("networksim.tick: 3", StringComparison.Ordinal))
        {
        }

        Assert.NotNull(line);
        Signal(redis, "STOP");
        var waited = Stopwatch.StartNew();
        while (!File.ReadAllText(log)[seen..].Contains(thawAt, StringComparison.Ordinal))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(2), $"the silo never logged \"{thawAt}\" (the client {(process.HasExited ? $"ended with {process.ExitCode}: {await error}" : "runs")}); its log:\n{File.ReadAllText(log)[seen..]}");
            await Task.Delay(50);
        }

        Signal(redis, "CONT");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Cli.Outcome(process.ExitCode, output, await error);
    }

    private static void Signal(int pid, string signal)
    {
        if (pid > 0)
        {
            using var kill = Process.Start("kill", $"-{signal} {pid}")!;
            kill.WaitForExit();
        }
    }
}
