using NetworkSim.Runner.Files;

namespace NetworkSim.Runner.Output;

/// <summary>
/// A results folder written all-or-nothing: files go into a hidden staging folder beside the target, which is
/// renamed into place only when every file is complete. A crash leaves the staging folder (clearly named
/// <c>.partial</c>, removed by the next run there), never a folder that looks complete. An existing results
/// folder is replaced only when asked, and only when NetworkSim wrote it (<see cref="ResultsMarker"/>); the final
/// move happens under a <see cref="FolderLock"/> and re-checks the target, so of two runs to one folder one wins.
/// </summary>
public sealed class ResultsFolder
{
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    // What the target was when this run began ("absent", "empty" or its marker): the only state it may replace.
    private readonly string _seen;

    private ResultsFolder(string target, string staging, string seen, IReadOnlyList<string> removedStale)
    {
        Target = target;
        Staging = staging;
        _seen = seen;
        RemovedStale = removedStale;
    }

    public string Target { get; }

    public string Staging { get; }

    /// <summary>Staging folders of runs no longer running that <see cref="Begin"/> removed.</summary>
    public IReadOnlyList<string> RemovedStale { get; }

    /// <summary>
    /// Checks the target (see <see cref="CheckTarget"/>), removes stale staging folders beside it and creates this
    /// run's staging folder with its marker: every cause for not being able to write shows here, before a run starts.
    /// </summary>
    public static ResultsFolder Begin(string target, bool overwrite)
    {
        var full = OutputTarget.Resolve(target);
        var seen = Inspect(full, overwrite);
        var parent = Path.GetDirectoryName(full)!;
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.partial-{Environment.ProcessId}");

        // The files this run keeps beside the target are never links: refused here, before anything is made.
        OwnFiles.RefuseLink(LockPath(full));
        OwnFiles.RefuseLink(staging);
        try
        {
            Directory.CreateDirectory(parent);
            var removed = StaleStaging.Clean(parent);
            OwnFiles.TryDelete(staging);
            OwnFiles.MakeFolder(staging, parent);
            ResultsMarker.WriteInto(staging);
            return new ResultsFolder(full, staging, seen, removed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            OwnFiles.TryDelete(staging);
            throw new OutputException($"--out {full}: cannot write in {parent} ({e.Message}). Allowed: a folder you can write to.");
        }
    }

    /// <summary>
    /// Throws <see cref="OutputException"/> unless results may be written as <paramref name="target"/>: a new or
    /// empty folder, or with <paramref name="overwrite"/> a folder NetworkSim marked as its results. Never the file
    /// system root, the current folder, a home folder or a folder holding either, nor a folder of other files.
    /// </summary>
    public static void CheckTarget(string target, bool overwrite) => Inspect(OutputTarget.Resolve(target), overwrite);

    public string PathOf(string name) => Path.Combine(Staging, name);

    /// <summary>Writes one file through a temporary name, so no reader ever sees half of it.</summary>
    public void WriteText(string name, string text)
    {
        var path = PathOf(name);
        File.WriteAllText(path + ".tmp", text);
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>
    /// Moves the finished folder into place under the lock, if the target is still what it was when this run began;
    /// otherwise (another run wrote there meanwhile) removes this run's staged results and throws <see cref="OutputException"/>.
    /// </summary>
    public void Commit()
    {
        var old = Path.Combine(Path.GetDirectoryName(Target)!, $".{Path.GetFileName(Target)}.old-{Environment.ProcessId}");
        try
        {
            OwnFiles.RefuseLink(old);
            using (FolderLock.Acquire(LockPath(Target), LockWait))
            {
                if (State(Target) != _seen)
                {
                    Abandon();
                    throw new OutputException($"{Target} was written by another networksim run while this one ran and was left as it is; " +
                        $"this run's results were removed. Allowed: another --out folder.");
                }

                // Files someone put there while this run ran are theirs: nothing is replaced.
                if (ResultsMarker.Foreign(Target) is { Count: > 0 } foreign)
                {
                    Abandon();
                    throw new OutputException(ForeignFiles(Target, foreign, "; this run's results were removed"));
                }

                // The manifest: every file this run wrote, so that a later --force replaces these and nothing else.
                ResultsMarker.Add(Staging, Directory.EnumerateFileSystemEntries(Staging).Select(e => Path.GetFileName(e)!));

                if (Directory.Exists(Target))
                {
                    Directory.Move(Target, old);
                    try
                    {
                        Directory.Move(Staging, Target);
                    }
                    catch
                    {
                        Directory.Move(old, Target);
                        throw;
                    }
                }
                else
                {
                    Directory.Move(Staging, Target);
                }
            }
        }
        catch (OutputException)
        {
            Abandon();
            throw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Abandon();
            throw new OutputException($"{Target}: the results could not be moved into place ({e.Message}); they were removed and {Target} was left as it was.");
        }

        OwnFiles.TryDelete(old);
    }

    /// <summary>Removes the staging folder (best effort: a failure here must not hide the error that led to it).</summary>
    public void Abandon() => OwnFiles.TryDelete(Staging);

    private static string LockPath(string target) => Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.lock");

    private static string Inspect(string full, bool overwrite)
    {
        if (OutputTarget.Forbidden(full) is { } forbidden)
        {
            throw new OutputException($"{full} is {forbidden}; NetworkSim never writes its results there. Allowed: a new or empty folder for --out, e.g. {Path.Combine(full, "results")}.");
        }

        if (OutputTarget.Link(full) is { } link)
        {
            throw new OutputException(link);
        }

        if (File.Exists(full))
        {
            throw new OutputException($"{full} is a file, not a folder. Allowed: a folder path for --out.");
        }

        if (OutputTarget.FileAbove(full) is { } file)
        {
            throw new OutputException($"--out {full}: {file} is a file, so no folder can be made below it. Allowed: a folder path for --out.");
        }

        var state = State(full);
        if (state.StartsWith("other", StringComparison.Ordinal) || (state.StartsWith("marker", StringComparison.Ordinal) && ResultsMarker.Foreign(full) is { Count: > 0 }))
        {
            throw new OutputException(ForeignFiles(full, ResultsMarker.Foreign(full), ""));
        }

        if (state.StartsWith("marker", StringComparison.Ordinal) && !overwrite)
        {
            throw new OutputException($"{full} already holds results and was left as it is. Allowed: another --out folder, or --force to replace it.");
        }

        return state;
    }

    /// <summary>The refusal for a folder holding files NetworkSim did not write: the first five by name, and how many more.</summary>
    private static string ForeignFiles(string full, IReadOnlyList<string> foreign, string removed)
    {
        var names = string.Join(", ", foreign.Take(5).Select(InputText.Clip)) + (foreign.Count > 5 ? $" and {foreign.Count - 5:N0} more" : "");
        return $"{full} holds files NetworkSim did not write ({names}) and was left as it is{removed}. Allowed: a new or empty folder for --out, or this one once they are moved out.";
    }

    private static string State(string full)
    {
        if (!Directory.Exists(full))
        {
            return File.Exists(full) ? "other: a file" : "absent";
        }

        if (!Directory.EnumerateFileSystemEntries(full).Any())
        {
            return "empty";
        }

        return ResultsMarker.Read(full) is { } marker ? "marker " + marker : "other";
    }
}
