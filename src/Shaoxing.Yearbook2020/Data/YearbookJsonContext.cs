using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// System.Text.Json source-generated metadata for the manifest (which the data generator writes with it) and the
/// curated corrections (which it reads with it): no reflection, so the package is trimming- and Native-AOT-safe.
/// </summary>
/// <remarks>
/// The options are strict on purpose: unknown or duplicated properties, missing required
/// properties and nulls where the model does not allow them are errors, so a damaged file is
/// refused instead of half-read.
/// <para>
/// The record kinds' files are read and written by the readers and writers the package's own generator writes from
/// the records (see <see cref="RecordKindRegistry"/>), so a kind needs no line here.
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
[JsonSerializable(typeof(ImmutableArray<Correction>))]
internal sealed partial class YearbookJsonContext : JsonSerializerContext
{
}
