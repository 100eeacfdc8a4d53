namespace NetworkSim.Runner.Files;

/// <summary>What a path names, as far as reading it goes: only a <see cref="Regular"/> file is read.</summary>
internal enum FileKind
{
    Regular,
    Folder,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    SymbolicLink,
    Other,
}
