using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace NetworkSim.Runner.Files;

/// <summary>
/// The one way NetworkSim opens a file it reads (scenario, sweep and design YAML, network CSV and GraphML, node
/// tables, its own results read back): only a regular file (a link to one is followed), of at most the
/// <see cref="InputLimit"/> for its kind, with lines of at most <see cref="MaxLineLength"/> characters. A FIFO,
/// device, socket or folder is refused by name before it is opened, so nothing waits for a writer that never comes
/// or reads an endless device into memory; on Linux the file is opened without blocking and checked again through
/// its handle, so a FIFO put in its place between the check and the open is refused too.
/// </summary>
public static class InputFile
{
    /// <summary>Characters a line may hold: a network file's line is a tie or a node, a few dozen characters.</summary>
    public const int MaxLineLength = 1 << 20;

    /// <summary>Opens <paramref name="path"/> for reading; throws <see cref="InputFileException"/> when it may not be read.</summary>
    public static FileStream Open(string path, InputLimit limit)
    {
        if (!UnixFiles.Supported)
        {
            return OpenPortably(path, limit);
        }

        var (kind, size, error) = UnixFiles.Describe(path);
        if (error != 0)
        {
            throw Unreadable(path, error);
        }

        Check(path, kind, size, limit);
        var (handle, openError) = UnixFiles.OpenForReading(path);
        if (handle.IsInvalid)
        {
            handle.Dispose();
            throw Unreadable(path, openError);
        }

        try
        {
            (kind, size, error) = UnixFiles.Describe(handle);
            if (error != 0)
            {
                throw Unreadable(path, error);
            }

            Check(path, kind, size, limit);
            return new FileStream(handle, FileAccess.Read, 1 << 16);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>The whole file, read up to its limit (a file that grows past it while read is refused too).</summary>
    public static byte[] ReadAllBytes(string path, InputLimit limit)
    {
        using var stream = Open(path, limit);
        using var bytes = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (bytes.Length + read > limit.Bytes)
            {
                throw TooLarge(path, bytes.Length + read, limit, "more than");
            }

            bytes.Write(buffer, 0, read);
        }

        return bytes.ToArray();
    }

    /// <summary>The whole file as text (UTF-8, or the encoding its byte order mark names).</summary>
    public static string ReadAllText(string path, InputLimit limit)
    {
        using var reader = new StreamReader(new MemoryStream(ReadAllBytes(path, limit)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The file's lines with their numbers (from 1; a line ends at \n, \r\n or \r, as <see cref="File.ReadLines(string)"/>
    /// splits them), read as they are needed. The file is opened on the first one.
    /// </summary>
    public static IEnumerable<(int Line, string Text)> Lines(string path, InputLimit limit)
    {
        using var reader = new StreamReader(Open(path, limit), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        var line = new StringBuilder();
        var number = 1;
        var buffer = new char[1 << 16];
        var afterReturn = false;
        int read;
        while ((read = reader.Read(buffer)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (afterReturn && c == '\n')
                {
                    afterReturn = false;
                    continue;
                }

                afterReturn = c == '\r';
                if (c is '\n' or '\r')
                {
                    yield return (number++, line.ToString());
                    line.Clear();
                }
                else if (line.Length == MaxLineLength)
                {
                    throw new InputFileException(path, number, $"the line is longer than {MaxLineLength.ToString("N0", CultureInfo.InvariantCulture)} characters. " +
                        $"Allowed: lines of at most {MaxLineLength.ToString("N0", CultureInfo.InvariantCulture)} characters.");
                }
                else
                {
                    line.Append(c);
                }
            }
        }

        if (line.Length > 0)
        {
            yield return (number, line.ToString());
        }
    }

    private static void Check(string path, FileKind kind, long size, InputLimit limit)
    {
        if (kind != FileKind.Regular)
        {
            throw new InputFileException(path, null, $"is {Describe(kind)}, not a regular file. Allowed: a regular file.");
        }

        if (size > limit.Bytes)
        {
            throw TooLarge(path, size, limit, "");
        }
    }

    private static InputFileException TooLarge(string path, long size, InputLimit limit, string moreThan) =>
        new(path, null, $"is {moreThan}{(moreThan.Length > 0 ? " " : "")}{size.ToString("N0", CultureInfo.InvariantCulture)} bytes. Allowed: {limit.What} of at most {limit.Figure}.");

    private static InputFileException Unreadable(string path, int error) => error switch
    {
        UnixFiles.NotFound or UnixFiles.NotAFolder => new InputFileException(path, null, "file not found.", missing: true),
        UnixFiles.PermissionDenied => new InputFileException(path, null, "cannot be read: permission denied. Allowed: a file you may read."),
        UnixFiles.TooManyLinks => new InputFileException(path, null, "is a loop of symbolic links. Allowed: a regular file."),
        _ => new InputFileException(path, null, $"cannot be read ({Marshal.GetPInvokeErrorMessage(error)}). Allowed: a regular file you may read."),
    };

    /// <summary>Where .NET cannot tell a FIFO from a file (not Linux): folders are refused by name, sizes are held to the limit.</summary>
    private static FileStream OpenPortably(string path, InputLimit limit)
    {
        if (Directory.Exists(path))
        {
            throw new InputFileException(path, null, $"is {Describe(FileKind.Folder)}, not a regular file. Allowed: a regular file.");
        }

        if (!File.Exists(path))
        {
            throw new InputFileException(path, null, "file not found.", missing: true);
        }

        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            if (stream.CanSeek && stream.Length > limit.Bytes)
            {
                var size = stream.Length;
                stream.Dispose();
                throw TooLarge(path, size, limit, "");
            }

            return stream;
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputFileException(path, null, "cannot be read: permission denied. Allowed: a file you may read.");
        }
    }

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Folder => "a folder",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.SymbolicLink => "a symbolic link",
        _ => "a special file",
    };
}
