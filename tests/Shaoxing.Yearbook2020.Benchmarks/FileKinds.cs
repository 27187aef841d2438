using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Benchmarks;

/// <summary>How a file is loaded in <see cref="LoadBenchmarks"/>.</summary>
internal enum LoadWay
{
    /// <summary>The package's loader: SHA-256 integrity check, strict source-generated reader, count check.</summary>
    Package = 1,

    /// <summary>The strict source-generated reader alone (what the loader does after the hash).</summary>
    Strict = 2,

    /// <summary>The plain source-generated context, without the loader's strictness (every property required).</summary>
    SourceGenerated = 3,

    /// <summary>Reflection-based System.Text.Json into the same records: what a user would write instead.</summary>
    Reflection = 4,
}

/// <summary>How to load each data file, each way of <see cref="LoadWay"/>.</summary>
internal static class FileKinds
{
    private static readonly DataFileLoader Loader = new(new InMemoryDataFileSource(DataFiles.All));

    public static object Load(string name, LoadWay way)
    {
        var context = YearbookJsonContext.Default;
        return name switch
        {
            DataFileNames.Sections => Load(name, context.ImmutableArraySection, way),
            DataFileNames.Entries => Load(name, context.ImmutableArrayEntry, way),
            DataFileNames.Captions => Load(name, context.ImmutableArrayCaption, way),
            DataFileNames.Tables => Load(name, context.ImmutableArraySeedTable, way),
            DataFileNames.Corrections => Load(name, context.ImmutableArrayCorrection, way),
            DataFileNames.Figures => Load(name, context.ImmutableArrayFigure, way),
            DataFileNames.ConsistencyRules => Load(name, context.ImmutableArrayConsistencyRule, way),
            DataFileNames.Agencies => Load(name, context.ImmutableArrayAgency, way),
            DataFileNames.People => Load(name, context.ImmutableArrayPerson, way),
            DataFileNames.Meetings => Load(name, context.ImmutableArrayMeeting, way),
            DataFileNames.SafetyIncidents => Load(name, context.ImmutableArraySafetyIncident, way),
            DataFileNames.DistrictSafetyStatistics => Load(name, context.ImmutableArrayDistrictSafetyStatistics, way),
            DataFileNames.Honours => Load(name, context.ImmutableArrayHonour, way),

            // Record kinds of later issues: add them below this line.
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no loader registered for this file"),
        };
    }

    private static ImmutableArray<T> Load<T>(string name, JsonTypeInfo<ImmutableArray<T>> typeInfo, LoadWay way) => way switch
    {
        LoadWay.Package => Loader.LoadArray(name, typeInfo),
        LoadWay.Strict => JsonSerializer.Deserialize(DataFiles.All[name], StrictJson.For<ImmutableArray<T>>()),
        LoadWay.SourceGenerated => JsonSerializer.Deserialize(DataFiles.All[name], typeInfo),
        LoadWay.Reflection => JsonSerializer.Deserialize<ImmutableArray<T>>(DataFiles.All[name], ReflectionOptions.Options),
        _ => throw new ArgumentOutOfRangeException(nameof(way), way, null),
    };
}
