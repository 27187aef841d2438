using System.Text.Json;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Extractor.Generation;

/// <summary>
/// What generation may touch in a data folder: the data files it makes, and the files the folder's own
/// <c>dataset.json</c> lists that it no longer makes (stale, removed). Nothing else is touched, and a folder
/// that holds anything else that could be taken for data is refused before a byte is written: it is most
/// likely the wrong folder. Only <c>*.json</c> files count as data; the package's data folder also holds its
/// source code (<c>.cs</c>) and <c>CODEBOOK.md</c>, which generation leaves alone.
/// </summary>
internal static class DataFolder
{
    /// <summary>What the staging folders generation writes into (inside the data folder) are called: this
    /// prefix and 32 hex digits. The leading dot keeps them out of the SDK's default globs.</summary>
    public const string StagingPrefix = ".generate-";

    /// <summary>Refuses a data folder that is the seed folder or holds the seed text: the curated files of the
    /// seed folder (agencies.json, places.json, corrections.json, consistency-rules.json) have the names of
    /// data files, and writing the data there would overwrite the very inputs it is made from.</summary>
    /// <param name="seedDirectory">The seed folder.</param>
    /// <param name="dataDirectory">The data folder.</param>
    /// <exception cref="ExtractorException">The data folder is or holds the seed folder's seed text.</exception>
    public static void RefuseSeedFolder(string seedDirectory, string dataDirectory)
    {
        var data = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory));
        var seeds = Path.TrimEndingDirectorySeparator(Path.GetFullPath(seedDirectory));

        // The seed text's presence also catches the same folder reached through a symbolic link.
        if (string.Equals(data, seeds, StringComparison.Ordinal) || File.Exists(Path.Combine(data, SeedText.FileName)))
        {
            throw new ExtractorException(
                0,
                $"the data folder {data} is a seed folder (it holds the seed text {SeedText.FileName}): its curated files "
                + "agencies.json, places.json, corrections.json and consistency-rules.json share their names with data files and "
                + "would be overwritten. Pass a data folder that holds no seeds; nothing was written.");
        }
    }

    /// <summary>The files to remove from a data folder: those its <c>dataset.json</c> lists that are no longer made.</summary>
    /// <param name="dataDirectory">The data folder, which exists.</param>
    /// <param name="made">The names of the files generation makes.</param>
    /// <returns>The stale files' names, in ordinal order.</returns>
    /// <exception cref="ExtractorException">The folder holds a <c>*.json</c> file that is neither made nor listed.</exception>
    public static IReadOnlyList<string> Stale(string dataDirectory, IReadOnlyCollection<string> made)
    {
        var listed = ListedInManifest(dataDirectory);
        var stale = new List<string>();
        var others = new List<string>();
        foreach (var name in Directory.EnumerateFiles(dataDirectory, "*.json").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal))
        {
            if (made.Contains(name))
            {
                continue;
            }

            (listed.Contains(name) ? stale : others).Add(name);
        }

        if (others.Count > 0)
        {
            throw new ExtractorException(
                0,
                $"the data folder {dataDirectory} holds JSON files that are not part of the dataset (neither made by the generator "
                + $"nor listed in the folder's {DataFileNames.Dataset}): {string.Join(", ", others)}. It is probably not a data folder; "
                + "move them out or pass another folder (files other than *.json are left alone). Nothing was written.");
        }

        return stale;
    }

    /// <summary>Removes the staging folders of earlier runs that were killed before they could clean up.</summary>
    /// <param name="dataDirectory">The data folder.</param>
    public static void RemoveLeftoverStaging(string dataDirectory)
    {
        foreach (var folder in Directory.EnumerateDirectories(dataDirectory, StagingPrefix + "*"))
        {
            if (IsStagingName(Path.GetFileName(folder)))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>A new staging folder's path inside the data folder.</summary>
    /// <param name="dataDirectory">The data folder.</param>
    /// <returns>The path; the folder is not created.</returns>
    public static string NewStagingPath(string dataDirectory) =>
        Path.Combine(dataDirectory, StagingPrefix + Guid.NewGuid().ToString("N"));

    private static bool IsStagingName(string name) =>
        name.Length == StagingPrefix.Length + 32
        && name.StartsWith(StagingPrefix, StringComparison.Ordinal)
        && name[StagingPrefix.Length..].All(char.IsAsciiHexDigitLower);

    /// <summary>The names the folder's manifest lists, read leniently (a manifest of an older generator may have
    /// other fields); an unreadable manifest lists nothing, so that nothing is removed on its word.</summary>
    private static HashSet<string> ListedInManifest(string dataDirectory)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(Path.Combine(dataDirectory, DataFileNames.Dataset)))
        {
            return names;
        }

        try
        {
            // The package's reader of data files: a regular file of bounded size, never a pipe or a device.
            using var manifest = JsonDocument.Parse(new DirectoryDataFileSource(dataDirectory).Read(DataFileNames.Dataset).ToArray());
            if (manifest.RootElement.ValueKind == JsonValueKind.Object
                && manifest.RootElement.TryGetProperty("files", out var files)
                && files.ValueKind == JsonValueKind.Array)
            {
                foreach (var file in files.EnumerateArray())
                {
                    if (file.ValueKind == JsonValueKind.Object && file.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
                    {
                        names.Add(name.GetString()!);
                    }
                }
            }
        }
        catch (Exception ex) when (ex is YearbookDataException or JsonException)
        {
            names.Clear();
        }

        return names;
    }
}
