using System.Diagnostics;

namespace NetworkSim.Runner.Output;

/// <summary>
/// An exclusive lock file beside a results folder (<c>.NAME.lock</c>, opened with <see cref="FileShare.None"/>, an
/// OS file lock), held while a run re-checks the target and moves its results into place, so two runs to one folder
/// take turns. It is never opened through a symbolic link (<see cref="OwnFiles"/>). The owner marks the file released (one byte) before deleting it: a process that opened the file just
/// before the delete sees the byte once it gets the lock and tries again on a fresh file.
/// </summary>
internal sealed class FolderLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _path;

    private FolderLock(FileStream stream, string path)
    {
        _stream = stream;
        _path = path;
    }

    /// <summary>Waits up to <paramref name="wait"/> for the lock; throws <see cref="OutputException"/> when another run keeps it.</summary>
    public static FolderLock Acquire(string path, TimeSpan wait)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var stream = OwnFiles.OpenLock(path);
                if (stream.Length == 0)
                {
                    return new FolderLock(stream, path);
                }

                stream.Dispose();
            }
            catch (IOException)
            {
                // Held by another run: wait for it.
            }

            if (clock.Elapsed > wait)
            {
                throw new OutputException($"{path}: another networksim run holds this lock. Allowed: wait for it to finish (or delete the file if no networksim is running).");
            }

            Thread.Sleep(50);
        }
    }

    public void Dispose()
    {
        try
        {
            _stream.WriteByte(1);
            _stream.Flush();
            File.Delete(_path);
        }
        finally
        {
            _stream.Dispose();
        }
    }
}
