using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// System.Text.Json source-generated metadata for every data file: no reflection, so the
/// package is trimming- and Native-AOT-safe.
/// </summary>
/// <remarks>
/// The options are strict on purpose: unknown or duplicated properties, missing required
/// properties and nulls where the model does not allow them are errors, so a damaged file is
/// refused instead of half-read.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true)]
[JsonSerializable(typeof(DatasetManifest))]
[JsonSerializable(typeof(ImmutableArray<Section>))]
[JsonSerializable(typeof(ImmutableArray<Entry>))]
[JsonSerializable(typeof(ImmutableArray<Caption>))]
[JsonSerializable(typeof(ImmutableArray<SeedTable>))]
[JsonSerializable(typeof(ImmutableArray<Correction>))]

// Meetings, agencies and people (issue 3): add their types below this line.
[JsonSerializable(typeof(ImmutableArray<Agency>))]
[JsonSerializable(typeof(ImmutableArray<Person>))]
[JsonSerializable(typeof(ImmutableArray<Meeting>))]

// Safety incidents, district statistics and honours (issue 4): add their types below this line.
[JsonSerializable(typeof(ImmutableArray<SafetyIncident>))]
[JsonSerializable(typeof(ImmutableArray<DistrictSafetyStatistics>))]
[JsonSerializable(typeof(ImmutableArray<Honour>))]

// Figures and consistency rules (issue 5): add their types below this line.
[JsonSerializable(typeof(ImmutableArray<Figure>))]
[JsonSerializable(typeof(ImmutableArray<ConsistencyRule>))]
internal sealed partial class YearbookJsonContext : JsonSerializerContext
{
}
