namespace NetworkSim.Runner.Output;

/// <summary>
/// A results folder written all-or-nothing: files go into a hidden staging folder beside the target, which is
/// renamed into place only when every file is complete. A crash leaves the staging folder (clearly named
/// <c>.partial</c>), never a folder that looks complete. An existing results folder is not overwritten unless asked.
/// </summary>
public sealed class ResultsFolder
{
    private ResultsFolder(string target, string staging)
    {
        Target = target;
        Staging = staging;
    }

    public string Target { get; }

    public string Staging { get; }

    /// <summary>Refuses an existing, non-empty target unless <paramref name="overwrite"/>; then creates the staging folder.</summary>
    public static ResultsFolder Begin(string target, bool overwrite)
    {
        target = Path.GetFullPath(target);
        CheckTarget(target, overwrite);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.partial-{Environment.ProcessId}");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        return new ResultsFolder(target, staging);
    }

    /// <summary>Throws <see cref="OutputException"/> when the target holds results and may not be replaced.</summary>
    public static void CheckTarget(string target, bool overwrite)
    {
        if (File.Exists(target))
        {
            throw new OutputException($"{target} is a file, not a folder. Allowed: a folder path for --out.");
        }

        if (!overwrite && Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new OutputException($"{target} already holds results and was left as it is. Allowed: another --out folder, or --force to replace it.");
        }
    }

    public string PathOf(string name) => Path.Combine(Staging, name);

    /// <summary>Writes one file through a temporary name, so no reader ever sees half of it.</summary>
    public void WriteText(string name, string text)
    {
        var path = PathOf(name);
        File.WriteAllText(path + ".tmp", text);
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>Moves the finished folder into place, replacing an old one only now that the new one is complete.</summary>
    public void Commit()
    {
        if (Directory.Exists(Target))
        {
            var old = Target + $".old-{Environment.ProcessId}";
            Directory.Move(Target, old);
            Directory.Move(Staging, Target);
            Directory.Delete(old, recursive: true);
        }
        else
        {
            Directory.Move(Staging, Target);
        }
    }

    public void Abandon()
    {
        if (Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }
}

/// <summary>An output cannot be written where the user asked; the CLI prints it and exits with code 2.</summary>
public sealed class OutputException(string message) : Exception(message);
