using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;

namespace NetworkSim.Cli.Hosting;

/// <summary>
/// A background process started by <c>cluster up</c>, known by its id and its start time (so that a process id
/// reused by another program after ours ended is never signalled), with its output in a log file.
/// </summary>
internal sealed record ChildProcess(int Pid, long StartTicks, string Log)
{
    /// <summary>
    /// Starts <paramref name="program"/> in a session of its own (Ctrl-C in the terminal that ran <c>cluster up</c>
    /// does not reach it) with its output in <paramref name="log"/>; setsid and sh exec in place, so the id is the program's.
    /// <paramref name="environment"/> is added to its environment (which, unlike its command line, only its owner can read).
    /// </summary>
    public static ChildProcess Start(string program, IEnumerable<string> args, string log, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var arg in (string[])["sh", "-c", "log=$1; shift; exec \"$@\" >\"$log\" 2>&1 </dev/null", "sh", log, program, .. args])
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        return new ChildProcess(process.Id, StartTimeOf(process.Id) ?? 0, log);
    }

    /// <summary>Whether this process (not merely its id) is still running.</summary>
    [JsonIgnore]
    public bool IsRunning => StartTimeOf(Pid) is { } ticks && ticks == StartTicks && !IsZombie(Pid);

    /// <summary>Sends SIGTERM, waits up to <paramref name="grace"/>, then SIGKILL; true when it was running.</summary>
    public async Task<bool> StopAsync(TimeSpan grace)
    {
        if (!IsRunning)
        {
            return false;
        }

        Signal("TERM");
        var clock = Stopwatch.StartNew();
        while (IsRunning && clock.Elapsed < grace)
        {
            await Task.Delay(100);
        }

        if (IsRunning)
        {
            Signal("KILL");
        }

        return true;
    }

    /// <summary>The process's last log line, to show why it failed.</summary>
    public string LastLogLine() => File.Exists(Log) ? File.ReadLines(Log).LastOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "(empty log)" : "(no log)";

    private void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + name, Pid.ToString(CultureInfo.InvariantCulture) }, RedirectStandardError = true });
        kill?.WaitForExit();
    }

    // /proc/<pid>/stat field 22 is the start time in clock ticks since boot; field 3 the state (Z: ended, not yet reaped).
    private static long? StartTimeOf(int pid) => StatFields(pid) is { } f && long.TryParse(f[19], out var t) ? t : null;

    private static bool IsZombie(int pid) => StatFields(pid) is { } f && f[0] == "Z";

    private static string[]? StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) is in parentheses and may hold spaces: read after its closing one.
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
