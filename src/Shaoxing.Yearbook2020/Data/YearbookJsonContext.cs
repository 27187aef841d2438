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
/// <para>
/// Every record kind's array must be listed here (System.Text.Json's generator cannot see the kinds the package's
/// own generator finds): the generated <see cref="RecordKindRegistry"/> names <c>ImmutableArray{Record}</c> of this
/// context, so a kind missing here fails the build naming it.
/// </para>
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
[JsonSerializable(typeof(ImmutableArray<Agency>))]
[JsonSerializable(typeof(ImmutableArray<Person>))]
[JsonSerializable(typeof(ImmutableArray<Meeting>))]
[JsonSerializable(typeof(ImmutableArray<SafetyIncident>))]
[JsonSerializable(typeof(ImmutableArray<DistrictSafetyStatistics>))]
[JsonSerializable(typeof(ImmutableArray<Honour>))]
[JsonSerializable(typeof(ImmutableArray<Figure>))]
[JsonSerializable(typeof(ImmutableArray<ConsistencyRule>))]
[JsonSerializable(typeof(ImmutableArray<Place>))]
internal sealed partial class YearbookJsonContext : JsonSerializerContext
{
}
