using System.Globalization;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// Checks a manifest against what it describes, beyond its checksum: a checksum only proves that nobody
/// changed the manifest after it was sealed, not that what was sealed makes sense.
/// </summary>
internal static class ManifestCheck
{
    /// <summary>The year every dataset of this package covers.</summary>
    public const int CoverageYear = 2020;

    /// <summary>Refuses a manifest whose fields cannot describe this package's data.</summary>
    /// <param name="manifest">A manifest whose seed hash is the embedded seed's.</param>
    /// <param name="seedLineCount">The number of lines of the seed the manifest names.</param>
    /// <exception cref="YearbookDataException">A field is blank, out of range, or a file is listed twice or by a path.</exception>
    public static void Check(DatasetManifest manifest, int seedLineCount)
    {
        if (string.IsNullOrWhiteSpace(manifest.Title))
        {
            throw Refuse("the title is empty.", "$.title");
        }

        if (manifest.CoverageYear != CoverageYear)
        {
            throw Refuse($"it covers the year {manifest.CoverageYear.ToString(CultureInfo.InvariantCulture)}, not {CoverageYear.ToString(CultureInfo.InvariantCulture)}.", "$.coverageYear");
        }

        // The seed is known from its hash, so its line count is too: a different count would let source
        // lines outside the seed pass validation, or make every line look out of range.
        if (manifest.SeedLineCount != seedLineCount)
        {
            throw Refuse(
                $"it records {manifest.SeedLineCount.ToString(CultureInfo.InvariantCulture)} seed lines, but the seed it names has {seedLineCount.ToString(CultureInfo.InvariantCulture)}.",
                "$.seedLineCount");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < manifest.Files.Length; i++)
        {
            var file = manifest.Files[i];
            var path = $"$.files[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (!IsPlainFileName(file.Name))
            {
                throw Refuse($"it lists '{Printable(file.Name)}', which is not the name of a file in the data folder.", path + ".name");
            }

            if (!seen.Add(file.Name))
            {
                throw Refuse($"it lists {file.Name} twice.", path + ".name");
            }

            if (file.Records < 0)
            {
                throw Refuse($"it records {file.Records.ToString(CultureInfo.InvariantCulture)} records for {file.Name}.", path + ".records");
            }
        }
    }

    // A listed name is read from the data folder: anything that could name a file elsewhere, or the
    // manifest itself, is refused.
    private static bool IsPlainFileName(string name) =>
        !string.IsNullOrWhiteSpace(name)
        && name != DataFileNames.Dataset
        && name is not ("." or "..")
        && name.IndexOfAny(['/', '\\', ':']) < 0
        && !name.Contains("..", StringComparison.Ordinal)
        && !name.Any(char.IsControl)
        && name.Trim() == name;

    private static string Printable(string text)
    {
        var shown = string.Concat(text.Select(c => char.IsControl(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString()));
        return shown.Length > 200 ? shown[..200] + "…" : shown;
    }

    private static YearbookDataException Refuse(string reason, string jsonPath) =>
        new(DataFileNames.Dataset, reason, jsonPath);
}
