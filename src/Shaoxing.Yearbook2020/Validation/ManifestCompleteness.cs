using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>
/// Rules over <see cref="DatasetManifest.Files"/> as a whole: every kind of record occurs in the chapter, so
/// a data file without records means the data lost it (files of <c>[]</c> with counts of 0 load, because
/// the hashes and counts agree, and would otherwise validate as an empty dataset).
/// </summary>
internal static class ManifestCompleteness
{
    public static void Check(DatasetManifest manifest, ImmutableArray<YearbookValidationIssue>.Builder issues)
    {
        foreach (var file in manifest.Files.Where(f => f.Records == 0))
        {
            issues.Add(new YearbookValidationIssue
            {
                RecordKind = nameof(DatasetManifest),
                RecordId = file.Name,
                Property = nameof(DataFileInfo.Records),
                Message = $"{file.Name} holds no records; every kind of record occurs in the chapter.",
            });
        }
    }
}
