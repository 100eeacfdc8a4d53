using System.Diagnostics;

namespace NetworkSim.Cli.Bench;

/// <summary>
/// A finished child process of <c>bench</c> with what it printed: the program itself run again (each workload or
/// scenario in a process of its own, so a peak is its own), or NDlib's Python.
/// </summary>
internal sealed record ChildRun(int ExitCode, string Output, string Error)
{
    /// <summary>This program with <paramref name="args"/> (through <c>dotnet networksim.dll</c> when started that way).</summary>
    public static ProcessStartInfo Self(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!);
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildRun).Assembly.Location);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>Starts <paramref name="start"/> with its output captured and waits for it; a program that cannot start throws as <see cref="Process.Start()"/> does.</summary>
    public static async Task<ChildRun> RunAsync(ProcessStartInfo start, CancellationToken cancellation)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync(cancellation);
        var error = child.StandardError.ReadToEndAsync(cancellation);
        await child.WaitForExitAsync(cancellation);
        return new ChildRun(child.ExitCode, await output, await error);
    }

    /// <summary>The text after <paramref name="prefix"/> on the first output line that starts with it, or null.</summary>
    public string? LineAfter(string prefix) =>
        Output.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];
}
