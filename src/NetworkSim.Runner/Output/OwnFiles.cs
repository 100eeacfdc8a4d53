using System.Runtime.InteropServices;
using NetworkSim.Runner.Files;

namespace NetworkSim.Runner.Output;

/// <summary>
/// The files and folders NetworkSim makes for itself beside or inside a results folder (the lock, the
/// <c>.NAME.partial-PID</c> and <c>.NAME.old-PID</c> folders, a sweep's state and lock): never through a symbolic
/// link. A link found at such a path is refused with one line and left as it is, with what it points to; new ones are
/// made only where nothing is (O_EXCL for the lock, <c>mkdir</c> for folders), so nothing is written outside.
/// </summary>
internal static class OwnFiles
{
    /// <summary>The link's target when <paramref name="path"/> is a symbolic link (dangling or not), else null.</summary>
    public static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Throws <see cref="OutputException"/> when <paramref name="path"/> is a symbolic link.</summary>
    public static void RefuseLink(string path)
    {
        if (LinkTarget(path) is { } target)
        {
            throw new OutputException($"{path} is a symbolic link (to {InputText.Clip(target)}); NetworkSim never follows a link for the files it keeps beside its results, " +
                "and left it and its target as they are. Allowed: remove the link (networksim never makes one).");
        }
    }

    /// <summary>
    /// Opens the lock file at <paramref name="path"/> for this process alone, making it if it is not there (never
    /// through a link). An <see cref="IOException"/> means another process holds it.
    /// </summary>
    public static FileStream OpenLock(string path)
    {
        while (true)
        {
            RefuseLink(path);
            try
            {
                return new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (Path.Exists(path) || LinkTarget(path) is not null)
            {
                // There already, left by a run that ended or held by one that runs: opened as it is, if it is no link.
            }

            RefuseLink(path);
            try
            {
                var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                if (LinkTarget(path) is null)
                {
                    return stream;
                }

                stream.Dispose();
            }
            catch (FileNotFoundException)
            {
                // Deleted between the two attempts by the run that held it: try again.
            }
        }
    }

    /// <summary>
    /// Makes the folder <paramref name="path"/> directly in <paramref name="parent"/>, where nothing may be yet (not
    /// even a link); throws <see cref="OutputException"/> when it is anywhere else or is a link, <see cref="IOException"/>
    /// when something is there.
    /// </summary>
    public static void MakeFolder(string path, string parent)
    {
        if (!string.Equals(Path.GetDirectoryName(Path.GetFullPath(path)), parent, StringComparison.Ordinal))
        {
            throw new OutputException($"{path} is not in {parent}; NetworkSim makes its own folders only beside its results. Allowed: a plain folder name for --out.");
        }

        RefuseLink(path);
        if (UnixFiles.Supported)
        {
            var error = UnixFiles.MakeFolder(path);
            if (error != 0)
            {
                throw new IOException($"{path} cannot be made: {Marshal.GetPInvokeErrorMessage(error)}");
            }

            return;
        }

        if (Path.Exists(path))
        {
            throw new IOException($"{path} cannot be made: something is there.");
        }

        Directory.CreateDirectory(path);
        RefuseLink(path);
    }

    /// <summary>Removes a folder NetworkSim made (best effort); a link there is not followed and not removed.</summary>
    public static void TryDelete(string folder)
    {
        try
        {
            if (LinkTarget(folder) is null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Removed by the next run in this place (StaleStaging).
        }
    }
}
