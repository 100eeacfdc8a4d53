using System.Diagnostics;

namespace NetworkSim.Tests.Shared;

/// <summary>
/// The components some tests need beyond the .NET SDK (redis-server, chromium, networkx for Debian's python3), all
/// installed by <c>scripts/install-components.sh</c>. A test that needs a missing one is skipped with the reason
/// (it must be a <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>), except where <see cref="RequiredVariable"/> is
/// set, as <c>.ci/run</c> sets it: there every component must be installed and a missing one fails the test.
/// </summary>
public static class Components
{
    public const string RequiredVariable = "NETWORKSIM_REQUIRE_COMPONENTS";

    private static readonly Lazy<bool> HasNetworkx = new(() => File.Exists(SystemPython) && Succeeds(SystemPython, "-c", "import networkx"));

    /// <summary>Debian's python3, where <c>apt-get install python3-networkx</c> puts networkx.</summary>
    public const string SystemPython = "/usr/bin/python3";

    /// <summary>True where a missing component fails rather than skips (CI).</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequiredVariable) is { Length: > 0 } value && value != "0";

    /// <summary>redis-server on PATH (the cluster tests' membership store).</summary>
    public static string RedisServer() => OnPath("redis-server") ?? Missing("redis-server", "redis-server (not found on PATH)");

    /// <summary>redis-cli on PATH (Debian installs it with redis-server).</summary>
    public static string RedisCli() => OnPath("redis-cli") ?? Missing("redis-server", "redis-cli (not found on PATH)");

    /// <summary>chromium on PATH (the workshop page's browser test).</summary>
    public static string Chromium() => OnPath("chromium") ?? Missing("chromium", "chromium (not found on PATH)");

    /// <summary>Debian's python3 with networkx (the network files' reader and the karate club's source).</summary>
    public static string PythonWithNetworkx() =>
        HasNetworkx.Value ? SystemPython : Missing("python3-networkx", $"networkx for {SystemPython} ({(File.Exists(SystemPython) ? "python3 cannot import it" : "no python3 there")})");

    /// <summary>Debian's python3 itself.</summary>
    public static string Python() => File.Exists(SystemPython) ? SystemPython : Missing("python3", $"{SystemPython} (not found)");

    /// <summary>Where <paramref name="name"/> is on PATH, or null.</summary>
    public static string? OnPath(string name) => OnPath(name, Environment.GetEnvironmentVariable("PATH"));

    /// <summary>Where <paramref name="name"/> is in the folders of <paramref name="path"/> (colon-separated), or null.</summary>
    public static string? OnPath(string name, string? path) =>
        (path ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => System.IO.Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    private static string Missing(string package, string what) => Missing(package, what, Required);

    /// <summary>Skips the test saying what is missing and how to install it, or fails it where <paramref name="required"/>.</summary>
    public static string Missing(string package, string what, bool required)
    {
        var reason = $"This test needs {what}. Install every component with scripts/install-components.sh (Debian/Ubuntu: sudo apt-get install {package}).";
        Assert.False(required, $"{reason} {RequiredVariable} is set, so a missing component fails the test.");
        Skip.If(true, reason);
        return "";
    }

    private static bool Succeeds(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
