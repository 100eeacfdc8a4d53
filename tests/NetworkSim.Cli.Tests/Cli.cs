using System.Diagnostics;

using Shared = NetworkSim.Tests.Shared;

namespace NetworkSim.Cli.Tests;

/// <summary>Runs the built networksim command in its own process, as a user would.</summary>
public static class Cli
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static string RepositoryRoot => Shared.RepositoryRoot.Path;

    public static Task<Outcome> RunAsync(params string[] args) => RunInAsync(RepositoryRoot, args);

    /// <summary>Runs the command with <paramref name="workingDirectory"/> as its current folder.</summary>
    public static async Task<Outcome> RunInAsync(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        return await FinishAsync(process);
    }

    /// <summary>Starts the command and returns its process (standard output and error redirected), e.g. to signal it.</summary>
    /// <remarks>
    /// Started through <c>env --default-signal=INT</c>: a process started with SIGINT ignored (as a shell does for
    /// a background job) keeps ignoring it, and the tests must be able to press Ctrl-C whoever started them.
    /// </remarks>
    public static Process Start(string workingDirectory, params string[] args) => Start(workingDirectory, [], args);

    /// <summary>Starts the command with variables removed from its environment (<paramref name="unset"/>).</summary>
    public static Process Start(string workingDirectory, string[] unset, params string[] args) => Start(workingDirectory, unset, [], args);

    /// <summary>Starts the command with variables added to its environment (<paramref name="set"/>, each NAME=VALUE).</summary>
    public static Process StartWith(string workingDirectory, string[] set, params string[] args) => Start(workingDirectory, [], set, args);

    private static Process Start(string workingDirectory, string[] unset, string[] set, string[] args)
    {
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var name in unset)
        {
            start.ArgumentList.Add($"--unset={name}");
        }

        start.ArgumentList.Add("--default-signal=INT");
        foreach (var variable in set)
        {
            start.ArgumentList.Add(variable);
        }

        start.ArgumentList.Add(Environment.ProcessPath!);
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "networksim.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>Waits for a started command (at most 5 minutes) and collects what it printed.</summary>
    public static async Task<Outcome> FinishAsync(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await output, await error);
    }

    public static string Scenario(string name) => Path.Combine(RepositoryRoot, "scenarios", name);

    /// <summary>The shipped design scenarios a comparison compares.</summary>
    public static string DesignA => Scenario(System.IO.Path.Combine("designs", "twelve-diverse-one-facilitator.yaml"));

    public static string DesignB => Scenario(System.IO.Path.Combine("designs", "twenty-four-similar-two-facilitators.yaml"));

    /// <summary>
    /// Starts the command, waits until <paramref name="csv"/> holds at least <paramref name="rows"/> rows, kills it with
    /// SIGKILL (no clean-up runs) and returns the rows it left; fails if the command finished first.
    /// </summary>
    public static async Task<int> KillAfterRowsAsync(string csv, int rows, params string[] args)
    {
        using (var process = StartDrained(args))
        {
            var clock = Stopwatch.StartNew();
            while (Rows(csv) < rows && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(10);
            }

            Assert.False(process.HasExited, $"{args[0]} finished before it could be killed");
            process.Kill();
            await process.WaitForExitAsync();
        }

        return Rows(csv);
    }

    /// <summary>Starts the command in the repository (see <see cref="Start(string, string[])"/>) and drains what it prints, so a full pipe never stalls it.</summary>
    public static Process StartDrained(params string[] args)
    {
        var process = Start(RepositoryRoot, args);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The rows below the header of a CSV file another process is appending to (0 while it cannot be read).</summary>
    public static int Rows(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            return Math.Max(0, reader.ReadToEnd().Count(c => c == '\n') - 1);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
