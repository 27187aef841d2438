namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// An export's hold on its folder: an exclusive lock (a lock file opened with no sharing, removed when released), so
/// that two exports into one folder cannot interleave; and the folder's housekeeping, the staging folders of exports
/// that were killed before they could remove them.
/// </summary>
internal sealed class ExportFolder : IDisposable
{
    /// <summary>The lock file's name; it exists only while an export runs.</summary>
    public const string LockFileName = ".yearbook2020-export.lock";

    /// <summary>How the staging folders of exports are named (a GUID follows).</summary>
    public const string StagingPrefix = ".yearbook2020-export-";

    private readonly FileStream lockFile;

    private ExportFolder(string path, FileStream lockFile, bool created)
    {
        Path = path;
        this.lockFile = lockFile;
        Created = created;
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>Whether the export created the folder (and so may remove it again if it writes nothing).</summary>
    public bool Created { get; }

    /// <summary>Creates the folder if needed and takes its lock.</summary>
    /// <param name="path">The folder.</param>
    /// <returns>The hold, or null when another export holds the folder.</returns>
    /// <exception cref="IOException">The folder cannot be created or written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written.</exception>
    public static ExportFolder? TryTake(string path)
    {
        var created = !Directory.Exists(path);
        Directory.CreateDirectory(path);
        FileStream lockFile;
        try
        {
            // FileShare.None takes an exclusive advisory lock on Unix (and a sharing lock on Windows); a second
            // export fails to open the file while the first holds it.
            lockFile = new FileStream(System.IO.Path.Combine(path, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException) when (File.Exists(System.IO.Path.Combine(path, LockFileName)))
        {
            return null;
        }

        var folder = new ExportFolder(path, lockFile, created);
        folder.RemoveAbandonedStaging();
        return folder;
    }

    /// <summary>What the folder holds besides the lock file.</summary>
    public IEnumerable<string> Entries() =>
        Directory.EnumerateFileSystemEntries(Path).Where(e => System.IO.Path.GetFileName(e) != LockFileName);

    /// <summary>Makes a new, empty staging folder inside the folder.</summary>
    public string NewStaging()
    {
        var staging = System.IO.Path.Combine(Path, StagingPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Releases the lock (the lock file goes with it); removes the folder if the export created it and left it empty.</summary>
    public void Dispose()
    {
        lockFile.Dispose();
        if (Created && Directory.Exists(Path) && !Directory.EnumerateFileSystemEntries(Path).Any())
        {
            Directory.Delete(Path);
        }
    }

    // Held by this export, the folder has no other export running in it: a staging folder left there is from one that
    // was killed before it could remove it.
    private void RemoveAbandonedStaging()
    {
        foreach (var staging in Directory.EnumerateDirectories(Path, StagingPrefix + "*"))
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}
