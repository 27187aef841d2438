using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Shaoxing.Yearbook2020.Data.Native;

/// <summary>
/// Opens a file on Linux without blocking and tells what it is from the open handle. .NET opens a named pipe
/// with a plain <c>open(2)</c>, which waits for a writer for ever, and its handles cannot tell a pipe or a
/// device from a regular file before .NET 11; so a file checked by its path and then opened could be swapped
/// for a pipe in between. Opening with <c>O_NONBLOCK</c> returns at once whatever the file is, and
/// <c>statx(2)</c> on the handle describes the very file that will be read.
/// </summary>
internal static partial class LinuxFile
{
    private const int ONonBlock = 0x800;
    private const int OCloseOnExec = 0x80000;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int ELoop = 40;

    /// <summary>Whether this process can use <see cref="OpenWithoutBlocking"/>: Linux on an architecture whose flag values are known.</summary>
    // O_NOFOLLOW is the one flag used here whose value differs between the architectures .NET runs on.
    public static bool IsSupported => OperatingSystem.IsLinux() && NoFollowFlag != 0;

    private static int NoFollowFlag => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.X86 => 0x20000,
        Architecture.Arm64 or Architecture.Arm => 0x8000,
        _ => 0,
    };

    /// <summary>Opens a file for reading without following a final symbolic link and without waiting for a pipe's writer.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="handle">The open handle, owned by the caller; invalid when the call fails.</param>
    /// <returns>0, or the <c>errno</c> of the failure (<see cref="IsSymbolicLinkError"/> when the path is a symbolic link).</returns>
    public static int OpenWithoutBlocking(string path, out SafeFileHandle handle)
    {
        var fd = Open(path, ONonBlock | OCloseOnExec | NoFollowFlag);
        if (fd < 0)
        {
            handle = new SafeFileHandle();
            return Marshal.GetLastPInvokeError();
        }

        handle = new SafeFileHandle(fd, ownsHandle: true);
        return 0;
    }

    /// <summary>Whether an <c>errno</c> of <see cref="OpenWithoutBlocking"/> means the path names a symbolic link.</summary>
    public static bool IsSymbolicLinkError(int errno) => errno == ELoop;

    /// <summary>The type bits of the open file's mode (<c>S_IFMT</c>) and its size.</summary>
    /// <returns>0, or the <c>errno</c> of the failure.</returns>
    public static int Describe(SafeFileHandle handle, out FileKind kind, out long size)
    {
        kind = FileKind.Unknown;
        size = 0;
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            if (Statx((int)handle.DangerousGetHandle(), string.Empty, AtEmptyPath, StatxType | StatxSize, out var status) != 0)
            {
                return Marshal.GetLastPInvokeError();
            }

            kind = (status.Mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x1000 => FileKind.Pipe,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                0xC000 => FileKind.Socket,
                0xA000 => FileKind.SymbolicLink,
                _ => FileKind.Unknown,
            };
            size = (long)status.Size;
            return 0;
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directoryFd, string path, int flags, uint mask, out StatxBuffer buffer);
}
