using System.Diagnostics;

using Shared = NetworkSim.Tests.Shared;

namespace NetworkSim.Cli.Tests;

/// <summary>Runs the built networksim command in its own process, as a user would.</summary>
public static class Cli
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static string RepositoryRoot => Shared.RepositoryRoot.Path;

    public static async Task<Outcome> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "networksim.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await output, await error);
    }

    public static string Scenario(string name) => Path.Combine(RepositoryRoot, "scenarios", name);
}
