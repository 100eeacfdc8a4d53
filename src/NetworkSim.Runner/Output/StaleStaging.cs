using System.Diagnostics;
using System.Globalization;

namespace NetworkSim.Runner.Output;

/// <summary>
/// Removes the hidden <c>.NAME.partial-PID</c> and <c>.NAME.old-PID</c> folders that a killed run leaves beside
/// its target, once their process is gone. Only folders NetworkSim made (marked, or empty) are removed.
/// </summary>
internal static class StaleStaging
{
    /// <summary>Removes stale folders in <paramref name="parent"/>; returns the ones removed.</summary>
    public static IReadOnlyList<string> Clean(string parent)
    {
        var removed = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(parent, ".*"))
        {
            // A link with such a name is not NetworkSim's (it never makes one): neither it nor what it points to is touched.
            if (ProcessOf(Path.GetFileName(folder)) is not { } pid || pid == Environment.ProcessId || IsRunning(pid) || OwnFiles.LinkTarget(folder) is not null)
            {
                continue;
            }

            try
            {
                if (ResultsMarker.IsIn(folder) || !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder, recursive: true);
                    removed.Add(folder);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the user: a folder that cannot be removed does not stop this run.
            }
        }

        return removed;
    }

    /// <summary>The process id in a staging or old folder's name (<c>.NAME.partial-PID</c>, <c>.NAME.old-PID</c>), else null.</summary>
    public static int? ProcessOf(string name)
    {
        foreach (var kind in new[] { ".partial-", ".old-" })
        {
            var at = name.LastIndexOf(kind, StringComparison.Ordinal);
            if (name.StartsWith('.') && at > 0 && int.TryParse(name.AsSpan(at + kind.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                return pid;
            }
        }

        return null;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
