using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="DatasetManifest"/> from its JSON object (every property present, in any order).</summary>
internal static class DatasetManifestReader
{
    private static readonly PropertyNames Properties = new(
        nameof(DatasetManifest),
        "title",
        "coverageYear",
        "seedFileName",
        "seedSha256",
        "seedLineCount",
        "generatorVersion",
        "files",
        "manifestSha256");

    /// <summary>Reads one DatasetManifest; the reader is on its <c>{</c>.</summary>
    public static DatasetManifest Read(ref DataReader reader)
    {
        string? title = null;
        int coverageYear = default;
        string? seedFileName = null;
        string? seedSha256 = null;
        int seedLineCount = default;
        string? generatorVersion = null;
        ImmutableArray<DataFileInfo> files = default;
        string? manifestSha256 = null;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // title
                    title = reader.String();
                    break;
                case 1: // coverageYear
                    coverageYear = reader.Int32();
                    break;
                case 2: // seedFileName
                    seedFileName = reader.String();
                    break;
                case 3: // seedSha256
                    seedSha256 = reader.String();
                    break;
                case 4: // seedLineCount
                    seedLineCount = reader.Int32();
                    break;
                case 5: // generatorVersion
                    generatorVersion = reader.String();
                    break;
                case 6: // files
                    files = reader.Array(DataFileInfoReader.Read);
                    break;
                case 7: // manifestSha256
                    manifestSha256 = reader.String();
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new DatasetManifest
        {
            Title = title!,
            CoverageYear = coverageYear,
            SeedFileName = seedFileName!,
            SeedSha256 = seedSha256!,
            SeedLineCount = seedLineCount,
            GeneratorVersion = generatorVersion!,
            Files = files,
            ManifestSha256 = manifestSha256!,
        };
    }
}
