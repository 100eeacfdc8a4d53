using System.Diagnostics;
using System.Globalization;

namespace NetworkSim.Cli.Tests;

/// <summary>Debian's <c>redis-cli</c> against a loopback Redis, for tests that look at what a run left in it.</summary>
public static class RedisCli
{
    /// <summary>The command's output lines; the test fails with redis-cli's error when it exits non-zero.</summary>
    public static string[] Run(int port, params string[] args) => RunAs(port, null, args);

    /// <summary>As <see cref="Run"/>, authenticated with <paramref name="password"/> (given in REDISCLI_AUTH, not on the command line).</summary>
    public static string[] RunAs(int port, string? password, params string[] args)
    {
        var start = new ProcessStartInfo(Components.RedisCli()) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (password is not null)
        {
            start.Environment["REDISCLI_AUTH"] = password;
        }

        foreach (var arg in (string[])["-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var cli = Process.Start(start)!;
        var lines = cli.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        cli.WaitForExit();
        Assert.True(cli.ExitCode == 0, cli.StandardError.ReadToEnd());
        return lines;
    }
}
