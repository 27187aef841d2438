using System.Globalization;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// Reads data files from a folder laid out like <c>src/Shaoxing.Yearbook2020/Data</c>. Only regular files
/// of at most <see cref="MaxFileBytes"/> bytes are read, and they are checked before a byte is read: a
/// symbolic link (to <c>/dev/zero</c>, say), a pipe or a device could otherwise block the load forever or
/// fill the memory.
/// </summary>
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
            var info = new FileInfo(path);
            if (info.LinkTarget is { } target)
            {
                throw Refuse(fileName, path, $"it is a symbolic link (to {target}); a data file must be a regular file in the folder.");
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

            if (info.Length > MaxFileBytes)
            {
                throw Refuse(
                    fileName,
                    path,
                    $"it is {info.Length.ToString(CultureInfo.InvariantCulture)} bytes, more than the {MaxFileBytes.ToString(CultureInfo.InvariantCulture)} a data file may have.");
            }

            return ReadExactly(fileName, path, (int)info.Length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new YearbookDataException(fileName, $"the file cannot be read from {path}: {ex.Message}", innerException: ex);
        }
    }

    // Reads the size seen before opening, and no more: a file that grows meanwhile is refused rather than
    // read without bound; one that shrinks is returned short and fails its hash.
    private static byte[] ReadExactly(string fileName, string path, int length)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var bytes = new byte[length];
        var read = stream.ReadAtLeast(bytes, length, throwOnEndOfStream: false);
        if (read == length && stream.ReadByte() >= 0)
        {
            throw Refuse(fileName, path, "it grew while it was being read.");
        }

        return read == length ? bytes : bytes[..read];
    }

    private static YearbookDataException Refuse(string fileName, string path, string reason) =>
        new(fileName, $"{path} is not read: {reason}");
}
