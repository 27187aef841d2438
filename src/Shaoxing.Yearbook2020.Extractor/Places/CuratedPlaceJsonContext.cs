using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Extractor.Places;

/// <summary>Source-generated JSON metadata for <c>seeds/places.json</c> (strict: unknown properties are refused).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(ImmutableArray<CuratedPlace>))]
internal sealed partial class CuratedPlaceJsonContext : JsonSerializerContext
{
}
