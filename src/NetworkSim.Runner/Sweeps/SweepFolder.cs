using System.Text.Json;
using NetworkSim.Runner.Files;
using NetworkSim.Runner.Output;

namespace NetworkSim.Runner.Sweeps;

/// <summary>
/// A sweep's results folder, written in place so that an interrupted sweep keeps every finished run: a hidden
/// <c>.sweep/</c> holds the definition's fingerprint, a lock and each finished run's time series; <c>runs.csv</c>
/// grows a row per finished run (the record of what is done). A folder made by a different definition, or holding
/// other results, is refused unless <c>--force</c>. All folder rules live here, so they can follow
/// <see cref="ResultsFolder"/>'s. A calibration's folder is one too (<see cref="ResumableFolderKind.Calibration"/>).
/// </summary>
public sealed class SweepFolder : IDisposable
{
    private const string StateFile = "state.json";

    private readonly FileStream _lock;
    private readonly string _stateFolder;
    private readonly HashSet<string> _listed;

    private SweepFolder(string target, FileStream lockFile, bool complete, string stateFolder)
    {
        Target = target;
        _lock = lockFile;
        WasComplete = complete;
        _stateFolder = stateFolder;
        _listed = [stateFolder];
    }

    public string Target { get; }

    /// <summary>The folder held a completed sweep of this definition when opened.</summary>
    public bool WasComplete { get; }

    /// <summary>
    /// The path of one of the sweep's files, named in the folder's marker first (<see cref="ResultsMarker.Add"/>), so
    /// that whatever the sweep writes there, even if it is killed, is known as NetworkSim's and nothing else is.
    /// </summary>
    public string PathOf(string name)
    {
        lock (_listed)
        {
            if (_listed.Add(name))
            {
                ResultsMarker.Add(Target, [name]);
            }
        }

        return Path.Combine(Target, name);
    }

    /// <summary>Where one run's time-series rows wait until the sweep completes.</summary>
    public string RunTimeseries(int point, int replicate) => Path.Combine(Target, _stateFolder, "timeseries", $"p{point}-r{replicate}.csv");

    /// <summary>A file of the hidden state folder (a calibration's saved state and finished generations).</summary>
    public string StatePath(string name) => Path.Combine(Target, _stateFolder, name);

    /// <summary>Opens (or resumes) the folder for a definition with this fingerprint; throws <see cref="OutputException"/> when it may not.</summary>
    public static SweepFolder Open(string target, string fingerprint, bool force) => Open(target, fingerprint, force, ResumableFolderKind.Sweep);

    /// <summary>Opens (or resumes) a sweep's, a comparison's across worlds or a calibration's folder.</summary>
    /// <param name="target">The results folder.</param>
    /// <param name="fingerprint">What the results depend on, hashed.</param>
    /// <param name="force">Start again, also over another definition's results.</param>
    /// <param name="kind">What the folder holds: its state folder and what its refusals say.</param>
    public static SweepFolder Open(string target, string fingerprint, bool force, ResumableFolderKind kind)
    {
        target = Path.GetFullPath(target);
        var state = Path.Combine(target, kind.StateFolder, StateFile);
        if (OutputTarget.Link(target) is { } link)
        {
            throw new OutputException(link);
        }

        OwnFiles.RefuseLink(Path.Combine(target, kind.StateFolder));

        // Checked before anything, --force included: replacing a folder another sweep is writing would interleave both.
        var lockPath = Path.Combine(target, kind.StateFolder, "lock");
        if (File.Exists(lockPath))
        {
            Lock(lockPath, target, kind).Dispose();
        }

        var complete = false;
        if (File.Exists(state) && !force)
        {
            var recorded = JsonDocument.Parse(ReadBack(state)).RootElement;
            if (recorded.GetProperty("fingerprint").GetString() != fingerprint)
            {
                throw new OutputException($"{target} {kind.Other}");
            }

            complete = recorded.GetProperty("complete").GetBoolean();
        }
        else
        {
            ResultsFolder.CheckTarget(target, force);
            if (force && Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }
        }

        // Marked as NetworkSim's results, listing what the sweep writes, so that a later --force (of a sweep or a run)
        // may replace it and nothing else; a resumed sweep keeps its marker and list.
        Directory.CreateDirectory(target);
        ResultsMarker.Add(target, [kind.StateFolder]);
        Directory.CreateDirectory(Path.Combine(target, kind.StateFolder, "timeseries"));
        var folder = new SweepFolder(target, Lock(lockPath, target, kind), complete, kind.StateFolder);
        folder.WriteState(fingerprint, complete);
        return folder;
    }

    /// <summary>A file this sweep wrote, read back: a file of any other kind (a FIFO put in its place) is refused, not waited on.</summary>
    public static byte[] ReadBack(string path)
    {
        try
        {
            return InputFile.ReadAllBytes(path, InputLimit.Results);
        }
        catch (InputFileException e)
        {
            throw new OutputException(e.Message);
        }
    }

    /// <summary>Held for as long as the sweep runs; the operating system releases it when the process ends, however it ends.</summary>
    private static FileStream Lock(string path, string target, ResumableFolderKind kind)
    {
        try
        {
            return OwnFiles.OpenLock(path);
        }
        catch (IOException)
        {
            throw new OutputException($"{target} is being written by another networksim {kind.Busy}. Allowed: wait for it to finish, or another --out folder.");
        }
    }

    /// <summary>Writes one file through a temporary name, so no reader ever sees half of it.</summary>
    public void WriteText(string name, string text) => WriteAtomically(PathOf(name), text);

    public static void WriteAtomically(string path, string text)
    {
        File.WriteAllText(path + ".tmp", text);
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>Records the sweep as complete and drops the per-run time series (now in timeseries.csv).</summary>
    public void MarkComplete(string fingerprint)
    {
        WriteState(fingerprint, true);
        Directory.Delete(Path.Combine(Target, _stateFolder, "timeseries"), recursive: true);
    }

    public void Dispose() => _lock.Dispose();

    private void WriteState(string fingerprint, bool complete) =>
        WriteAtomically(Path.Combine(Target, _stateFolder, StateFile), JsonSerializer.Serialize(new { fingerprint, complete }));
}
