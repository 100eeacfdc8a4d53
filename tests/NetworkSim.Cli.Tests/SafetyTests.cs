using System.Diagnostics;
using NetworkSim.Cli.Commands;

namespace NetworkSim.Cli.Tests;

/// <summary>A run never destroys what it did not write, refuses unusable folders before it starts, and cancels cleanly.</summary>
public class SafetyTests
{
    private const string Silo = "on an embedded silo";

    [Fact]
    public async Task Force_on_a_folder_of_other_files_deletes_nothing_and_does_not_suggest_force()
    {
        using var temp = new TempDirectory();
        var decoy = temp.Write("decoy.txt", "mine");
        var outcome = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "2", "--out", temp.Path, "--force");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"error: {temp.Path} holds files NetworkSim did not write (decoy.txt) and was left as it is. Allowed: a new or empty folder for --out, or this one once they are moved out.\n", outcome.Error);
        Assert.Equal("mine", File.ReadAllText(decoy));
        Assert.Equal([decoy], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task Force_on_a_results_folder_where_the_user_added_files_lists_them_and_deletes_nothing()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        Assert.Equal(0, (await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "2", "--replicates", "1", "--out", target)).ExitCode);
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");
        Directory.CreateDirectory(Path.Combine(target, "mydata"));
        File.WriteAllText(Path.Combine(target, "mydata", "important.csv"), "mine too");
        var before = Directory.GetFileSystemEntries(target, "*", SearchOption.AllDirectories).Order().ToArray();

        var outcome = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "2", "--replicates", "1", "--out", target, "--force");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"error: {target} holds files NetworkSim did not write (mydata/, notes.txt) and was left as it is. Allowed: a new or empty folder for --out, or this one once they are moved out.\n", outcome.Error);
        Assert.Equal(before, Directory.GetFileSystemEntries(target, "*", SearchOption.AllDirectories).Order().ToArray());

        File.Delete(Path.Combine(target, "notes.txt"));
        Directory.Delete(Path.Combine(target, "mydata"), recursive: true);
        Assert.Equal(0, (await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "2", "--replicates", "1", "--out", target, "--force")).ExitCode);
    }

    [Fact]
    public async Task A_lock_beside_the_results_that_is_a_link_stops_the_run_and_the_file_it_points_to_is_not_truncated()
    {
        using var temp = new TempDirectory();
        var precious = temp.Write("precious.txt", "keep me");
        var lockPath = Path.Combine(temp.Path, ".out.lock");
        File.CreateSymbolicLink(lockPath, precious);
        var outcome = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "2", "--replicates", "1", "--out", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"error: {lockPath} is a symbolic link (to {precious}); NetworkSim never follows a link for the files it keeps beside its results, and left it and its target as they are. " +
            "Allowed: remove the link (networksim never makes one).\n", outcome.Error);
        Assert.Equal("keep me", File.ReadAllText(precious));
        Assert.DoesNotContain(Silo, outcome.Error);
    }

    [Fact]
    public async Task Out_dot_with_force_never_replaces_the_current_folder()
    {
        using var temp = new TempDirectory();
        var decoy = temp.Write("decoy.txt", "mine");
        var outcome = await Cli.RunInAsync(temp.Path, "run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "2", "--out", ".", "--force");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"error: {temp.Path} is the current folder; NetworkSim never writes its results there. Allowed: a new or empty folder for --out, e.g. {temp.Path}/results.\n", outcome.Error);
        Assert.Equal([decoy], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task Out_root_is_refused_without_suggesting_force()
    {
        var outcome = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--out", "/");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("error: / is the root of the file system; NetworkSim never writes its results there. Allowed: a new or empty folder for --out, e.g. /results.\n", outcome.Error);
    }

    [Fact]
    public async Task A_scenario_named_dot_dot_writes_below_results_and_leaves_the_current_folder_alone()
    {
        using var temp = new TempDirectory();
        var decoy = temp.Write("decoy.txt", "mine");
        var file = temp.Write("dots.yaml", File.ReadAllText(Cli.Scenario("workshop-demo.yaml")).Replace("name: workshop-demo", "name: \"..\""));
        var outcome = await Cli.RunInAsync(temp.Path, "run", file, "--ticks", "2", "--replicates", "1", "--force");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("mine", File.ReadAllText(decoy));
        Assert.True(File.Exists(Path.Combine(temp.Path, "results", "scenario", "report.html")));
    }

    [Theory]
    [InlineData("", "error: --out \"\": the path is empty. Allowed: a folder path, e.g. --out results/mine.")]
    [InlineData("/proc/networksim-test", "error: --out /proc/networksim-test: cannot write in /proc (")]
    [InlineData("{file}/out", "error: --out {file}/out: {file} is a file, so no folder can be made below it. Allowed: a folder path for --out.")]
    public async Task An_unusable_out_folder_is_refused_before_the_silo_starts(string output, string message)
    {
        using var temp = new TempDirectory();
        var file = temp.Write("file.txt", "x");
        var outcome = await Cli.RunAsync("run", Cli.Scenario("workshop-demo.yaml"), "--out", output.Replace("{file}", file));
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith(message.Replace("{file}", file), outcome.Error);
        Assert.DoesNotContain(Silo, outcome.Error);
        Assert.DoesNotContain("internal error", outcome.Error);
    }

    [Fact]
    public async Task Of_two_runs_to_one_folder_exactly_one_wins_and_the_other_leaves_nothing_behind()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        string[] args = ["run", Cli.Scenario("workshop-demo.yaml"), "--ticks", "26", "--replicates", "2", "--out", target];
        var outcomes = await Task.WhenAll(Cli.RunAsync(args), Cli.RunAsync(args));
        Assert.Equal([0, 2], outcomes.Select(o => o.ExitCode).Order());
        var loser = outcomes.Single(o => o.ExitCode == 2);
        Assert.Contains($"error: {target} ", loser.Error);
        Assert.Contains("was left as it is", loser.Error);
        Assert.Equal([target], Directory.GetFileSystemEntries(temp.Path));
        Assert.True(File.Exists(Path.Combine(target, "summary.json")));
    }

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async Task A_signal_cancels_the_run_keeps_the_previous_results_and_leaves_no_partial_folder(string signal, int exitCode)
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "large");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, ".networksim-results"), "previous results\n");
        File.WriteAllText(Path.Combine(target, "timeseries.csv"), "previous");

        using var process = Cli.Start(Cli.RepositoryRoot, "run", Cli.Scenario("large-network.yaml"), "--ticks", "52", "--replicates", "3", "--out", target, "--force");
        var before = new List<string>();
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            before.Add(line);
            if (line.Contains("ticks/s"))
            {
                break;
            }
        }

        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", $"-{signal} {process.Id}"))
        {
            await kill.WaitForExitAsync();
        }

        var outcome = await Cli.FinishAsync(process);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"cancelling took {clock.Elapsed}");
        Assert.Equal(exitCode, outcome.ExitCode);
        Assert.Matches(@"cancelled: large-network, \d+ of 156 ticks done \(\d of 3 replicates\); no results were written and " + System.Text.RegularExpressions.Regex.Escape(target) + " was left as it was.", outcome.Error);
        Assert.Equal("previous", File.ReadAllText(Path.Combine(target, "timeseries.csv")));
        Assert.Equal([target], Directory.GetFileSystemEntries(temp.Path));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("run")]
    public async Task A_fifo_as_the_scenario_or_its_network_file_ends_the_command_at_once_with_one_clear_line(string command)
    {
        using var temp = new TempDirectory();
        var scenario = Fifo.In(temp, "fifo.yaml");
        var ties = Fifo.In(temp, "ties.csv");
        var measured = temp.Write("measured.yaml", "name: m\nnetwork:\n  participant_graph: {kind: file, path: ties.csv}\npractices:\n  - name: p\n");
        foreach (var (file, fifo) in new[] { (scenario, scenario), (measured, ties) })
        {
            var clock = Stopwatch.StartNew();
            var outcome = await WithinAsync(TimeSpan.FromSeconds(60), command == "run" ? [command, file, "--out", Path.Combine(temp.Path, "out")] : [command, file]);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{command} took {clock.Elapsed}");
            Assert.Equal(2, outcome.ExitCode);
            Assert.Equal($"error: {fifo}: is a named pipe (FIFO), not a regular file. Allowed: a regular file.\n1 problem; nothing was run.\n", outcome.Error);
        }
    }

    /// <summary>Runs the command and kills it if it has not ended within <paramref name="limit"/>, so that a hang fails the test instead of blocking it.</summary>
    private static async Task<Cli.Outcome> WithinAsync(TimeSpan limit, params string[] args)
    {
        using var process = Cli.Start(Cli.RepositoryRoot, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"networksim {string.Join(' ', args)} was still running after {limit}; killed. It printed: {await error}");
        }

        return new Cli.Outcome(process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task An_internal_error_whose_log_cannot_be_written_is_one_line_without_a_stack_trace()
    {
        var error = new StringWriter();
        var code = await CommandGuard.RunAsync(() => throw new InvalidOperationException("boom\nsecond line"), error, "/proc/no-such-folder");
        Assert.Equal(1, code);
        Assert.StartsWith("networksim: internal error: System.InvalidOperationException: boom second line (the details could not be written to /proc/no-such-folder/networksim-error-", error.ToString());
        Assert.Single(error.ToString().TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("   at ", error.ToString());
    }

    [Fact]
    public async Task A_run_out_of_memory_says_so_and_what_to_do_not_internal_error_and_writes_no_bug_report()
    {
        // As a silo's OutOfMemoryException reaches the client: thrown in the silo, carried back through the calls that waited on it.
        var folder = Directory.CreateTempSubdirectory("networksim-oom-").FullName;
        try
        {
            var error = new StringWriter();
            var code = await CommandGuard.RunAsync(() => throw new AggregateException(new InvalidOperationException("a school's tick failed", new OutOfMemoryException())), error, folder);
            Assert.Equal(1, code);
            var text = error.ToString();
            Assert.StartsWith("error: out of memory (System.OutOfMemoryException): ", text);
            Assert.Contains("DOTNET_GCHeapHardLimit", text);
            Assert.DoesNotContain("internal error", text);
            Assert.DoesNotContain("bug report", text);
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
