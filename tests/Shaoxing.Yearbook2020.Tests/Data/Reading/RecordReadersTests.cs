using System.Text.Json;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Data.Reading;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Tests.Data.Reading;

/// <summary>
/// The generated readers against the generated writers that write the files: what a reader makes of a
/// committed file, written back by the kind's writer, is the same JSON.
/// A property a reader skipped, swapped or misread would come back different (or the reader would
/// refuse the file as having an unknown property).
/// </summary>
public sealed class RecordReadersTests
{
    public static TheoryData<string> DataFiles => new(Directory.EnumerateFiles(RepositoryPaths.Data, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Read_CommittedFile_WritesBackToTheSameJson(string fileName)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Data, fileName));

        var writtenBack = ReadAndWriteBack(fileName, bytes);

        JsonNode.DeepEquals(writtenBack, JsonNode.Parse(bytes)).Should().BeTrue(
            $"reading {fileName} and writing it back must give the same JSON");
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Read_CommittedFileWithEveryObjectsPropertiesReversed_ReadsTheSameRecords(string fileName)
    {
        // The generator writes properties in declaration order, and readers try that order first;
        // JSON objects are unordered, so any other order must read the same.
        var original = JsonNode.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Data, fileName)))!;
        var reversed = Reverse(original);

        var writtenBack = ReadAndWriteBack(fileName, JsonSerializer.SerializeToUtf8Bytes(reversed));

        JsonNode.DeepEquals(writtenBack, original).Should().BeTrue();
    }

    private static JsonNode? ReadAndWriteBack(string fileName, byte[] bytes)
    {
        if (fileName == DataFileNames.Dataset)
        {
            return JsonSerializer.SerializeToNode(DataReader.ReadObjectFile(bytes, DatasetManifestReader.Read), YearbookJsonContext.Default.DatasetManifest);
        }

        var kind = RecordKindRegistry.All.SingleOrDefault(k => k.FileName == fileName)
            ?? throw new InvalidOperationException($"{fileName} is not the data file of any record kind.");
        return kind.Accept(new RoundTrip(bytes));
    }

    /// <summary>Reads a file with its kind's generated reader and writes it back with the kind's generated writer.</summary>
    private sealed class RoundTrip(byte[] bytes) : IRecordKindVisitor<JsonNode?>
    {
        public JsonNode? Visit<TRecord, TCollection>(RecordKind<TRecord, TCollection> kind)
            where TRecord : class
            where TCollection : Shaoxing.Yearbook2020.Queries.RecordCollection<TRecord>
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                kind.WriteRecords(DataReader.ReadArrayFile(bytes, kind.Read), writer);
            }

            return JsonNode.Parse(buffer.WrittenSpan);
        }
    }

    private static JsonNode? Reverse(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Reverse().Select(p => KeyValuePair.Create(p.Key, Reverse(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Reverse)]),
        null => null,
        _ => node.DeepClone(),
    };
}
