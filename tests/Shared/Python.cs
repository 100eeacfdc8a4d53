using System.Diagnostics;

namespace NetworkSim.Tests.Shared;

/// <summary>
/// Runs /usr/bin/python3 with networkx (Debian's python3-networkx; .ci/run installs it): the tests build network
/// files from data sets networkx ships and compute the figures to compare with, so no data is committed.
/// </summary>
public static class Python
{
    public const string Missing = "This test needs networkx for /usr/bin/python3. Install it with: sudo apt-get install python3-networkx (Debian/Ubuntu; .ci/run does this).";

    /// <summary>Runs a script with arguments; fails the test (never skips it) when python or networkx is missing or the script fails.</summary>
    public static string Run(string script, params string[] args)
    {
        Assert.True(File.Exists("/usr/bin/python3"), Missing);
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var python = Process.Start(start)!;
        var output = python.StandardOutput.ReadToEndAsync();
        var error = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, $"{Missing}\n{error}");
        return output.Result;
    }

    /// <summary>Writes karate-ties.csv, karate-nodes.csv and karate.graphml into <paramref name="folder"/> with the shipped script.</summary>
    public static void MakeKarate(string folder) =>
        Run(File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, "scenarios", "networks", "make_karate.py")), folder);
}
