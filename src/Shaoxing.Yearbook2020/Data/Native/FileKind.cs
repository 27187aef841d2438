namespace Shaoxing.Yearbook2020.Data.Native;

/// <summary>What an open file is, as <see cref="LinuxFile.Describe"/> tells it.</summary>
internal enum FileKind
{
    /// <summary>A type the package does not name.</summary>
    Unknown,

    /// <summary>A regular file: the only kind a data file may be.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe (FIFO).</summary>
    Pipe,

    /// <summary>A character device such as <c>/dev/zero</c>.</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A Unix socket.</summary>
    Socket,

    /// <summary>A symbolic link.</summary>
    SymbolicLink,
}
