using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using Shaoxing.Yearbook2020.Data.Reading;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// Reads data files from a source, checks each against the manifest (hash, unless the source is this
/// assembly's own resources, and record count) and reads it with the strict generated readers of
/// <see cref="Reading"/>. Every failure becomes a <see cref="YearbookDataException"/> that names the file.
/// </summary>
internal sealed class DataFileLoader
{
    private readonly IDataFileSource source;
    private readonly bool verifyHashes;
    private readonly SeedIdentity? seed;

    /// <param name="source">Where the files are.</param>
    /// <param name="verifyHashes">Whether to check each file's SHA-256 and the manifest's checksum; by default,
    /// unless the source is embedded (see <see cref="IDataFileSource.IsEmbedded"/>).</param>
    /// <param name="seed">The seed the data must come from; by default the one this package embeds.</param>
    public DataFileLoader(IDataFileSource source, bool? verifyHashes = null, SeedIdentity? seed = null)
    {
        this.source = source;
        this.verifyHashes = verifyHashes ?? !source.IsEmbedded;
        this.seed = seed;
        Manifest = ReadManifest();
    }

    public DatasetManifest Manifest { get; }

    /// <summary>Loads one listed file as an array of records, checked against the manifest.</summary>
    /// <param name="fileName">The file's name in the manifest.</param>
    /// <param name="readRecord">The reader of one record (<c>AgencyReader.Read</c> …).</param>
    public ImmutableArray<T> LoadArray<T>(string fileName, ItemReader<T> readRecord)
    {
        var info = Manifest.Files.FirstOrDefault(f => f.Name == fileName)
            ?? throw new YearbookDataException(fileName, $"the file is not listed in {DataFileNames.Dataset}.");
        var bytes = source.Read(fileName);
        if (verifyHashes && Sha256Hex(bytes) is var actual && actual != info.Sha256)
        {
            throw new YearbookDataException(
                fileName,
                $"its SHA-256 is {actual} but {DataFileNames.Dataset} records {info.Sha256}: the file (or the manifest) was changed after it was generated.");
        }

        ImmutableArray<T> records;
        try
        {
            records = DataReader.ReadArrayFile(bytes, readRecord);
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            throw Locate(fileName, bytes, ex);
        }

        if (records.Length != info.Records)
        {
            throw new YearbookDataException(
                fileName, $"it holds {records.Length} records but {DataFileNames.Dataset} records {info.Records}.");
        }

        return records;
    }

    internal static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The checksum <see cref="DatasetManifest.ManifestSha256"/> records: the SHA-256 of the manifest's fields, one per line.</summary>
    internal static string ManifestChecksum(DatasetManifest manifest)
    {
        var text = new System.Text.StringBuilder()
            .Append(manifest.Title).Append('\n')
            .Append(manifest.CoverageYear.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
            .Append(manifest.SeedFileName).Append('\n')
            .Append(manifest.SeedSha256).Append('\n')
            .Append(manifest.SeedLineCount.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
            .Append(manifest.GeneratorVersion).Append('\n');
        foreach (var file in manifest.Files)
        {
            text.Append(file.Name).Append(' ').Append(file.Sha256).Append(' ')
                .Append(file.Records.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        return Sha256Hex(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
    }

    private DatasetManifest ReadManifest()
    {
        var bytes = source.Read(DataFileNames.Dataset);
        DatasetManifest manifest;
        try
        {
            manifest = DataReader.ReadObjectFile(bytes, DatasetManifestReader.Read);
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            throw Locate(DataFileNames.Dataset, bytes, ex);
        }

        if (verifyHashes && ManifestChecksum(manifest) is var checksum && checksum != manifest.ManifestSha256)
        {
            throw new YearbookDataException(
                DataFileNames.Dataset,
                $"its fields hash to {checksum} but it records {manifest.ManifestSha256}: the manifest was changed after it was generated.",
                "$.manifestSha256");
        }

        // The seed is known from its hash, and so is its line count, which bounds every source line.
        var expected = seed ?? new SeedIdentity(SeedText.Sha256, SeedText.LineCount);
        if (manifest.SeedSha256 != expected.Sha256)
        {
            var which = seed is null ? "the seed this package embeds" : "the seed it is checked against";
            throw new YearbookDataException(
                DataFileNames.Dataset,
                $"it was generated from a seed with SHA-256 {manifest.SeedSha256}, not {which} ({expected.Sha256}).",
                "$.seedSha256");
        }

        ManifestCheck.Check(manifest, expected.LineCount);
        foreach (var name in DataFileNames.Listed)
        {
            if (!manifest.Files.Any(f => f.Name == name))
            {
                throw new YearbookDataException(DataFileNames.Dataset, $"it does not list {name}.", "$.files");
            }
        }

        return manifest;
    }

    // ArgumentException and the rest are not expected (the readers turn bad values into DataFormatException),
    // but none may escape without naming the file.
    private static bool IsReadFailure(Exception ex) =>
        ex is DataFormatException or JsonException or ArgumentException or InvalidOperationException or FormatException or OverflowException;

    /// <summary>Turns a reader's failure into a <see cref="YearbookDataException"/> with the JSON path and line.</summary>
    private static YearbookDataException Locate(string fileName, ReadOnlySpan<byte> bytes, Exception failure)
    {
        switch (failure)
        {
            case DataFormatException ex:
                return new YearbookDataException(
                    fileName, ex.Reason, JsonLocation.PathAt(bytes, ex.ByteOffset), JsonLocation.LineAt(bytes, ex.ByteOffset), ex);
            case JsonException ex:
            {
                // Malformed JSON, found by Utf8JsonReader itself: it knows the line and the byte in it.
                long? line = ex.LineNumber is { } zeroBased ? zeroBased + 1 : null;
                var path = ex.LineNumber is { } l && ex.BytePositionInLine is { } b ? JsonLocation.PathAt(bytes, JsonLocation.OffsetOf(bytes, l, b)) : null;
                return new YearbookDataException(fileName, ex.Message, path, line, ex);
            }

            default:
                return new YearbookDataException(fileName, failure.Message, innerException: failure);
        }
    }
}
