using NetworkSim.Runner.Files;

namespace NetworkSim.Runner.Output;

/// <summary>Checks a results folder path before anything runs: usable, not below a file, not a folder NetworkSim must never replace.</summary>
internal static class OutputTarget
{
    private static readonly StringComparison PathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The full path of <paramref name="target"/> without a trailing separator; throws <see cref="OutputException"/> when it is not a usable path.</summary>
    public static string Resolve(string target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            throw new OutputException("--out \"\": the path is empty. Allowed: a folder path, e.g. --out results/mine.");
        }

        if (target.Any(char.IsControl))
        {
            throw new OutputException("--out: the path contains a control character. Allowed: a folder path of printable characters.");
        }

        string full;
        try
        {
            full = Path.GetFullPath(target);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new OutputException($"--out {target}: not a usable path ({e.Message}). Allowed: a folder path.");
        }

        return Path.TrimEndingDirectorySeparator(full);
    }

    /// <summary>Why NetworkSim must never write its results as <paramref name="full"/> (replacing it), or null when it may.</summary>
    public static string? Forbidden(string full)
    {
        if (string.Equals(full, Path.TrimEndingDirectorySeparator(Path.GetPathRoot(full) ?? ""), PathComparison) || Path.GetFileName(full).Length == 0)
        {
            return "the root of the file system";
        }

        var current = Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory);
        if (string.Equals(full, current, PathComparison))
        {
            return "the current folder";
        }

        if (IsAncestor(full, current))
        {
            return "a folder that holds the current folder";
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && string.Equals(full, Path.TrimEndingDirectorySeparator(home), PathComparison))
        {
            return "your home folder";
        }

        return home.Length > 0 && IsAncestor(full, Path.TrimEndingDirectorySeparator(home)) ? "a folder that holds your home folder" : null;
    }

    /// <summary>Why <paramref name="full"/> cannot be a results folder when it is a symbolic link (dangling or not), else null.</summary>
    public static string? Link(string full) => OwnFiles.LinkTarget(full) is { } target
        ? $"{full} is a symbolic link (to {InputText.Clip(target)}), not a folder; NetworkSim writes no results through a link. Allowed: a folder path for --out that is not a link."
        : null;

    /// <summary>The nearest existing ancestor of <paramref name="full"/> when it is a file (no folder can be made below it), else null.</summary>
    public static string? FileAbove(string full)
    {
        for (var parent = Path.GetDirectoryName(full); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return parent;
            }

            if (Directory.Exists(parent))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsAncestor(string folder, string of) =>
        of.Length > folder.Length && of.StartsWith(folder, PathComparison) && of[folder.Length] == Path.DirectorySeparatorChar;
}
