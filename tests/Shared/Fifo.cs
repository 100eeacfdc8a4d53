using System.Diagnostics;

namespace NetworkSim.Tests.Shared;

/// <summary>Named pipes (FIFOs) made with mkfifo, for tests that an input which is not a regular file is refused at once.</summary>
public static class Fifo
{
    /// <summary>Makes a FIFO called <paramref name="name"/> in <paramref name="temp"/> and returns its path.</summary>
    public static string In(TempDirectory temp, string name)
    {
        var path = System.IO.Path.Combine(temp.Path, name);
        using var mkfifo = Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        return mkfifo.ExitCode == 0 ? path : throw new InvalidOperationException($"mkfifo {path} exited with {mkfifo.ExitCode}.");
    }
}
