using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
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
    /// <returns>File name → bytes, <c>dataset.json</c> included, and the reports of unread sentences
    /// (<see cref="Coverage.CueSentences.FileName"/>) and of uncurated records (<see cref="Names.UncuratedRecords.FileName"/>),
    /// which the manifest does not list.</returns>
    public static ImmutableSortedDictionary<string, byte[]> Write(SeedDocument seed, DatasetExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(extraction);
        var files = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var kind in RecordKindRegistry.All)
        {
            var records = RecordsOf(extraction, kind);
            files[kind.FileName] = Serialize(writer => kind.WriteRecords(records, writer));
            counts[kind.FileName] = ((System.Collections.ICollection)records).Count;
        }

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
        files[DataFileNames.Dataset] = Serialize(writer => JsonSerializer.Serialize(writer, manifest, YearbookJsonContext.Default.DatasetManifest));
        files[Coverage.CueSentences.FileName] = Coverage.CueSentences.Write(extraction.UnreadSentences);
        files[English.UntranslatedTexts.FileName] = English.UntranslatedTexts.Write(extraction.UntranslatedTexts);
        files[Names.UncuratedRecords.FileName] = Names.UncuratedRecords.Write(extraction.UncuratedRecords);
        return files.ToImmutable();
    }

    /// <summary>
    /// The extracted records of a kind: the one list of its record type in the extraction or its chapter. Found by
    /// type, so that a new kind needs no line here; a kind without exactly one list fails by name.
    /// </summary>
    private static object RecordsOf(DatasetExtraction extraction, RecordKind kind)
    {
        var listType = typeof(ImmutableArray<>).MakeGenericType(kind.RecordType);
        var found = new List<object>();
        foreach (var holder in new object[] { extraction, extraction.Chapter })
        {
            foreach (var property in holder.GetType().GetProperties())
            {
                if (property.PropertyType == listType)
                {
                    found.Add(property.GetValue(holder)!);
                }
            }
        }

        return found.Count == 1
            ? found[0]
            : throw new ExtractorException(
                0,
                $"{nameof(DatasetExtraction)} holds {found.Count} lists of {kind.RecordType.Name} records; {kind.FileName} is written from exactly one.");
    }

    private static byte[] Serialize(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
