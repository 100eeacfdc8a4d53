using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NetworkSim.Runner.Files;

/// <summary>
/// The Linux calls .NET does not expose: what a path is (<c>statx</c>; .NET cannot tell a FIFO, device or socket from
/// a file), opening for reading without blocking (a FIFO opens at once instead of waiting for a writer), and making a
/// folder that must not exist yet (<c>mkdir</c>, which never follows a link). <c>statx</c>'s buffer and these flag
/// values are the same on every Linux architecture .NET runs on.
/// </summary>
internal static class UnixFiles
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const int NoFollow = 0x100; // AT_SYMLINK_NOFOLLOW
    private const int EmptyPath = 0x1000; // AT_EMPTY_PATH: describe the open handle itself
    private const uint TypeAndSize = 0x1 | 0x200; // STATX_TYPE | STATX_SIZE
    private const int ReadOnlyNonBlocking = 0x800 | 0x80000; // O_RDONLY | O_NONBLOCK | O_CLOEXEC
    private const int ModeOffset = 28; // struct statx: stx_mode (u16)
    private const int SizeOffset = 40; // struct statx: stx_size (u64)
    private const int BufferSize = 256;

    /// <summary>errno values the callers tell apart.</summary>
    public const int NotFound = 2, PermissionDenied = 13, AlreadyExists = 17, NotAFolder = 20, TooManyLinks = 40;

    public static bool Supported { get; } = OperatingSystem.IsLinux();

    /// <summary>What <paramref name="path"/> names, following links unless <paramref name="followLinks"/> is false; an errno when it cannot be told.</summary>
    public static (FileKind Kind, long Size, int Error) Describe(string path, bool followLinks = true)
    {
        var buffer = new byte[BufferSize];
        return Statx(CurrentFolder, path, followLinks ? 0 : NoFollow, TypeAndSize, buffer) == 0
            ? Decode(buffer)
            : (FileKind.Other, 0, Marshal.GetLastPInvokeError());
    }

    /// <summary>What an open handle is.</summary>
    public static (FileKind Kind, long Size, int Error) Describe(SafeFileHandle handle)
    {
        var buffer = new byte[BufferSize];
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            return Statx(handle.DangerousGetHandle().ToInt32(), "", EmptyPath, TypeAndSize, buffer) == 0
                ? Decode(buffer)
                : (FileKind.Other, 0, Marshal.GetLastPInvokeError());
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>Opens for reading without blocking; an invalid handle and the errno when it cannot be opened.</summary>
    public static (SafeFileHandle Handle, int Error) OpenForReading(string path)
    {
        var descriptor = Open(path, ReadOnlyNonBlocking);
        return (new SafeFileHandle(descriptor, ownsHandle: descriptor >= 0), descriptor >= 0 ? 0 : Marshal.GetLastPInvokeError());
    }

    /// <summary>Makes a folder that must not exist yet (nothing at the path, not even a link); 0 or the errno.</summary>
    public static int MakeFolder(string path) => MakeDirectory(path, Convert.ToUInt32("755", 8)) == 0 ? 0 : Marshal.GetLastPInvokeError();

    private static (FileKind Kind, long Size, int Error) Decode(byte[] buffer)
    {
        var mode = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
        var kind = mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Folder,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.Other,
        };
        return (kind, BitConverter.ToInt64(buffer, SizeOffset), 0);
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int folder, string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(string path, int flags);

    [DllImport("libc", EntryPoint = "mkdir", SetLastError = true)]
    private static extern int MakeDirectory(string path, uint mode);
}
