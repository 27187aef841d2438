using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Extractor.People;

/// <summary>Source-generated JSON metadata for <c>seeds/name-readings.json</c> (strict: unknown properties are refused).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ImmutableArray<NameReading>))]
internal sealed partial class NameReadingJsonContext : JsonSerializerContext
{
}
