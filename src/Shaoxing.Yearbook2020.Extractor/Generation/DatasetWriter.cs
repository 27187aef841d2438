using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Generation;

/// <summary>
/// Serializes the extracted records into the bytes of each data file, deterministically: the
/// package's source-generated serializer, two-space indentation, <c>\n</c> line ends, Chinese
/// written as UTF-8 (not escaped), records in text order and the manifest's files in ordinal order.
/// </summary>
public static class DatasetWriter
{
    /// <summary>The generator's version, recorded in <c>dataset.json</c>. Bump it when the output's shape changes.</summary>
    public const string GeneratorVersion = "1.0.0";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serializes every data file.</summary>
    /// <param name="seed">The seed the records came from.</param>
    /// <param name="extraction">The extracted records.</param>
    /// <returns>File name → bytes, <c>dataset.json</c> included.</returns>
    public static ImmutableSortedDictionary<string, byte[]> Write(SeedDocument seed, DatasetExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(extraction);
        var chapter = extraction.Chapter;
        var context = YearbookJsonContext.Default;
        var files = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add<T>(string name, ImmutableArray<T> records, JsonTypeInfo<ImmutableArray<T>> typeInfo)
        {
            files[name] = Serialize(records, typeInfo);
            counts[name] = records.Length;
        }

        Add(DataFileNames.Sections, chapter.Sections, context.ImmutableArraySection);
        Add(DataFileNames.Entries, chapter.Entries, context.ImmutableArrayEntry);
        Add(DataFileNames.Captions, chapter.Captions, context.ImmutableArrayCaption);
        Add(DataFileNames.Tables, chapter.Tables, context.ImmutableArraySeedTable);
        Add(DataFileNames.Corrections, chapter.Corrections, context.ImmutableArrayCorrection);

        // Meetings, agencies and people (issue 3): add their files below this line.
        Add(DataFileNames.Agencies, extraction.Agencies, context.ImmutableArrayAgency);
        Add(DataFileNames.People, extraction.People, context.ImmutableArrayPerson);
        Add(DataFileNames.Meetings, extraction.Meetings, context.ImmutableArrayMeeting);

        // Safety incidents, district statistics and honours (issue 4): add their files below this line.
        Add(DataFileNames.SafetyIncidents, extraction.SafetyIncidents, context.ImmutableArraySafetyIncident);
        Add(DataFileNames.DistrictSafetyStatistics, extraction.DistrictSafetyStatistics, context.ImmutableArrayDistrictSafetyStatistics);
        Add(DataFileNames.Honours, extraction.Honours, context.ImmutableArrayHonour);

        // Figures and consistency rules (issue 5): add their files below this line.
        Add(DataFileNames.Figures, extraction.Figures, context.ImmutableArrayFigure);
        Add(DataFileNames.ConsistencyRules, extraction.ConsistencyRules, context.ImmutableArrayConsistencyRule);

        var manifest = new DatasetManifest
        {
            Title = "Shaoxing Yearbook, government chapter (绍兴年鉴·政府), covering 2020",
            CoverageYear = 2020,
            SeedFileName = seed.FileName,
            SeedSha256 = seed.Sha256,
            SeedLineCount = seed.LineCount,
            GeneratorVersion = GeneratorVersion,
            ManifestSha256 = string.Empty,
            Files =
            [
                .. files.Select(f => new DataFileInfo
                {
                    Name = f.Key, Sha256 = DataFileLoader.Sha256Hex(f.Value), Records = counts[f.Key],
                }),
            ],
        };
        manifest = manifest with { ManifestSha256 = DataFileLoader.ManifestChecksum(manifest) };
        files[DataFileNames.Dataset] = Serialize(manifest, context.DatasetManifest);
        return files.ToImmutable();
    }

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
