using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Data.Reading;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Benchmarks;

/// <summary>How a file is loaded in <see cref="LoadBenchmarks"/>.</summary>
internal enum LoadWay
{
    /// <summary>The package's loader on a copy of the files (as <c>Yearbook.Load(folder)</c>): SHA-256 integrity check, strict reader, count check.</summary>
    Package = 1,

    /// <summary>The package's strict generated readers alone (what the loader does after the hash).</summary>
    Readers = 2,

    /// <summary>The plain source-generated context (what the package used to read with; it still writes the files).</summary>
    SourceGenerated = 3,

    /// <summary>Reflection-based System.Text.Json into the same records: what a user would write instead.</summary>
    Reflection = 4,

    /// <summary>The package's loader on its embedded resources (as <c>Yearbook.Default</c>): resource read, strict reader, count check; no hashing.</summary>
    Embedded = 5,
}

/// <summary>How to load each data file, each way of <see cref="LoadWay"/>.</summary>
internal static class FileKinds
{
    private static readonly DataFileLoader Loader = new(new InMemoryDataFileSource(DataFiles.All));
    private static readonly DataFileLoader EmbeddedLoader = new(new EmbeddedDataFileSource());

    public static object Load(string name, LoadWay way)
    {
        var context = YearbookJsonContext.Default;
        return name switch
        {
            DataFileNames.Sections => Load(name, context.ImmutableArraySection, SectionReader.Read, way),
            DataFileNames.Entries => Load(name, context.ImmutableArrayEntry, EntryReader.Read, way),
            DataFileNames.Captions => Load(name, context.ImmutableArrayCaption, CaptionReader.Read, way),
            DataFileNames.Tables => Load(name, context.ImmutableArraySeedTable, SeedTableReader.Read, way),
            DataFileNames.Corrections => Load(name, context.ImmutableArrayCorrection, CorrectionReader.Read, way),
            DataFileNames.Figures => Load(name, context.ImmutableArrayFigure, FigureReader.Read, way),
            DataFileNames.ConsistencyRules => Load(name, context.ImmutableArrayConsistencyRule, ConsistencyRuleReader.Read, way),
            DataFileNames.Agencies => Load(name, context.ImmutableArrayAgency, AgencyReader.Read, way),
            DataFileNames.People => Load(name, context.ImmutableArrayPerson, PersonReader.Read, way),
            DataFileNames.Meetings => Load(name, context.ImmutableArrayMeeting, MeetingReader.Read, way),
            DataFileNames.SafetyIncidents => Load(name, context.ImmutableArraySafetyIncident, SafetyIncidentReader.Read, way),
            DataFileNames.DistrictSafetyStatistics => Load(name, context.ImmutableArrayDistrictSafetyStatistics, DistrictSafetyStatisticsReader.Read, way),
            DataFileNames.Honours => Load(name, context.ImmutableArrayHonour, HonourReader.Read, way),

            // Record kinds of later issues: add them below this line.
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no loader registered for this file"),
        };
    }

    private static ImmutableArray<T> Load<T>(string name, JsonTypeInfo<ImmutableArray<T>> typeInfo, ItemReader<T> read, LoadWay way) => way switch
    {
        LoadWay.Package => Loader.LoadArray(name, read),
        LoadWay.Embedded => EmbeddedLoader.LoadArray(name, read),
        LoadWay.Readers => DataReader.ReadArrayFile(DataFiles.All[name], read),
        LoadWay.SourceGenerated => JsonSerializer.Deserialize(DataFiles.All[name], typeInfo),
        LoadWay.Reflection => JsonSerializer.Deserialize<ImmutableArray<T>>(DataFiles.All[name], ReflectionOptions.Options),
        _ => throw new ArgumentOutOfRangeException(nameof(way), way, null),
    };
}
