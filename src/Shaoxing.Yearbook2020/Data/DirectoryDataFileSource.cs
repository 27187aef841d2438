using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Shaoxing.Yearbook2020.Data.Native;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// Reads data files from a folder laid out like <c>src/Shaoxing.Yearbook2020/Data</c>. Only regular files
/// of at most <see cref="MaxFileBytes"/> bytes are read, and they are checked before a byte is read: a
/// symbolic link (to <c>/dev/zero</c>, say), a pipe or a device could otherwise block the load forever or
/// fill the memory.
/// </summary>
/// <remarks>
/// On Linux the file is opened first, without blocking and without following a symbolic link, and the open
/// handle is checked (see <see cref="LinuxFile"/>): a file swapped for a pipe between a check by path and the
/// open could otherwise block the load for ever. Elsewhere the path is checked and then opened.
/// </remarks>
internal sealed class DirectoryDataFileSource(string directory) : IDataFileSource
{
    /// <summary>The largest data file read: 64 MiB, about 300 times the largest shipped file (figures.json, 0.2 MB).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    public string Description => "folder " + directory;

    public ReadOnlySpan<byte> Read(string fileName)
    {
        var path = Path.Combine(directory, fileName);
        try
        {
            using var handle = LinuxFile.IsSupported ? OpenChecked(fileName, path) : OpenCheckedByPath(fileName, path);
            var length = RandomAccess.GetLength(handle);
            if (length == 0)
            {
                throw Refuse(fileName, path, "it is empty: a data file is a regular file holding JSON.");
            }

            if (length > MaxFileBytes)
            {
                throw Refuse(
                    fileName,
                    path,
                    $"it is {length.ToString(CultureInfo.InvariantCulture)} bytes, more than the {MaxFileBytes.ToString(CultureInfo.InvariantCulture)} a data file may have.");
            }

            return ReadExactly(fileName, path, handle, (int)length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new YearbookDataException(fileName, $"the file cannot be read from {path}: {ex.Message}", innerException: ex);
        }
    }

    // The handle is what is checked and what is read: whatever the path names after the open does not matter.
    private static SafeFileHandle OpenChecked(string fileName, string path)
    {
        var errno = LinuxFile.OpenWithoutBlocking(path, out var handle);
        if (errno != 0)
        {
            handle.Dispose();
            throw LinuxFile.IsSymbolicLinkError(errno)
                ? Refuse(fileName, path, $"it is a symbolic link{TargetOf(path)}; a data file must be a regular file in the folder.")
                : Refuse(fileName, path, errno == 2 ? "there is no such file." : $"it cannot be opened: {Marshal.GetPInvokeErrorMessage(errno)}.");
        }

        errno = LinuxFile.Describe(handle, out var kind, out _);
        var reason = errno != 0 ? $"its type cannot be read: {Marshal.GetPInvokeErrorMessage(errno)}."
            : kind switch
            {
                FileKind.Regular => null,
                FileKind.Directory => "it is a folder, not a file.",
                FileKind.Pipe => "it is a named pipe, not a regular file: a data file is a regular file holding JSON.",
                FileKind.CharacterDevice or FileKind.BlockDevice => "it is a device, not a regular file: a data file is a regular file holding JSON.",
                FileKind.Socket => "it is a socket, not a regular file: a data file is a regular file holding JSON.",
                _ => "it is not a regular file: a data file is a regular file holding JSON.",
            };
        if (reason is not null)
        {
            handle.Dispose();
            throw Refuse(fileName, path, reason);
        }

        return handle;
    }

    // Where the handle cannot be checked, the path is, just before it is opened.
    private static SafeFileHandle OpenCheckedByPath(string fileName, string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            throw Refuse(fileName, path, $"it is a symbolic link{TargetOf(path)}; a data file must be a regular file in the folder.");
        }

        if (!info.Exists)
        {
            throw Refuse(fileName, path, Directory.Exists(path) ? "it is a folder, not a file." : "there is no such file.");
        }

        // A pipe, a socket or a device has no size; neither has an empty file, which holds no JSON either.
        if (info.Length == 0)
        {
            throw Refuse(fileName, path, "it is empty, or not a regular file (a pipe, socket or device): a data file is a regular file holding JSON.");
        }

        return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
    }

    private static string TargetOf(string path) =>
        new FileInfo(path).LinkTarget is { } target ? $" (to {target})" : string.Empty;

    // Reads the size seen when the file was checked, and no more: a file that grows meanwhile is refused rather
    // than read without bound; one that shrinks is returned short and fails its hash.
    private static byte[] ReadExactly(string fileName, string path, SafeFileHandle handle, int length)
    {
        var bytes = new byte[length];
        var read = 0;
        while (read < length && RandomAccess.Read(handle, bytes.AsSpan(read), read) is var n and > 0)
        {
            read += n;
        }

        Span<byte> next = stackalloc byte[1];
        if (read == length && RandomAccess.Read(handle, next, length) > 0)
        {
            throw Refuse(fileName, path, "it grew while it was being read.");
        }

        return read == length ? bytes : bytes[..read];
    }

    private static YearbookDataException Refuse(string fileName, string path, string reason) =>
        new(fileName, $"{path} is not read: {reason}");
}
