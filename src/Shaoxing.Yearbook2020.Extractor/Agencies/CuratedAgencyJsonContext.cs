using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Extractor.Agencies;

/// <summary>Source-generated JSON metadata for <c>seeds/agencies.json</c> (strict: unknown properties are refused).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(ImmutableArray<CuratedAgency>))]
internal sealed partial class CuratedAgencyJsonContext : JsonSerializerContext
{
}
