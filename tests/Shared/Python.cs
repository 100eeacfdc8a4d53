using System.Diagnostics;

namespace NetworkSim.Tests.Shared;

/// <summary>
/// Runs /usr/bin/python3 with networkx (Debian's python3-networkx; scripts/install-components.sh installs it): the
/// tests build network files from data sets networkx ships and compute the figures to compare with, so no data is
/// committed. A test that calls it is skipped where networkx is missing (<see cref="Components"/>).
/// </summary>
public static class Python
{
    /// <summary>Runs a script with arguments; skips the test where networkx is missing, fails it when the script fails.</summary>
    public static string Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo(Components.PythonWithNetworkx()) { RedirectStandardOutput = true, RedirectStandardError = true };
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
        Assert.True(python.ExitCode == 0, error);
        return output.Result;
    }

    /// <summary>Writes karate-ties.csv, karate-nodes.csv and karate.graphml into <paramref name="folder"/> with the shipped script.</summary>
    public static void MakeKarate(string folder) =>
        Run(File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, "scenarios", "networks", "make_karate.py")), folder);
}
