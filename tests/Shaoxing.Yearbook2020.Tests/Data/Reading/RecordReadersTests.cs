using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Data.Reading;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Tests.Data.Reading;

/// <summary>
/// The generated readers against the serializer that writes the files: what a reader makes of a
/// committed file, written back by the generator's source-generated serializer, is the same JSON.
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
        var context = YearbookJsonContext.Default;
        return fileName switch
        {
            DataFileNames.Dataset => JsonSerializer.SerializeToNode(DataReader.ReadObjectFile(bytes, DatasetManifestReader.Read), context.DatasetManifest),
            DataFileNames.Sections => RoundTrip(bytes, SectionReader.Read, context.ImmutableArraySection),
            DataFileNames.Entries => RoundTrip(bytes, EntryReader.Read, context.ImmutableArrayEntry),
            DataFileNames.Captions => RoundTrip(bytes, CaptionReader.Read, context.ImmutableArrayCaption),
            DataFileNames.Tables => RoundTrip(bytes, SeedTableReader.Read, context.ImmutableArraySeedTable),
            DataFileNames.Corrections => RoundTrip(bytes, CorrectionReader.Read, context.ImmutableArrayCorrection),
            DataFileNames.Agencies => RoundTrip(bytes, AgencyReader.Read, context.ImmutableArrayAgency),
            DataFileNames.People => RoundTrip(bytes, PersonReader.Read, context.ImmutableArrayPerson),
            DataFileNames.Meetings => RoundTrip(bytes, MeetingReader.Read, context.ImmutableArrayMeeting),
            DataFileNames.SafetyIncidents => RoundTrip(bytes, SafetyIncidentReader.Read, context.ImmutableArraySafetyIncident),
            DataFileNames.DistrictSafetyStatistics => RoundTrip(bytes, DistrictSafetyStatisticsReader.Read, context.ImmutableArrayDistrictSafetyStatistics),
            DataFileNames.Honours => RoundTrip(bytes, HonourReader.Read, context.ImmutableArrayHonour),
            DataFileNames.Figures => RoundTrip(bytes, FigureReader.Read, context.ImmutableArrayFigure),
            DataFileNames.ConsistencyRules => RoundTrip(bytes, ConsistencyRuleReader.Read, context.ImmutableArrayConsistencyRule),
            _ => throw new InvalidOperationException($"{fileName} has no reader in this test: add it."),
        };
    }

    private static JsonNode? RoundTrip<T>(byte[] bytes, ItemReader<T> read, JsonTypeInfo<ImmutableArray<T>> typeInfo) =>
        JsonSerializer.SerializeToNode(DataReader.ReadArrayFile(bytes, read), typeInfo);

    private static JsonNode? Reverse(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Reverse().Select(p => KeyValuePair.Create(p.Key, Reverse(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Reverse)]),
        null => null,
        _ => node.DeepClone(),
    };
}
