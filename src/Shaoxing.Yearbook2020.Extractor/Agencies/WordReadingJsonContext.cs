using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Extractor.Agencies;

/// <summary>Source-generated JSON metadata for <c>seeds/word-readings.json</c> (strict: unknown properties are refused).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(ImmutableArray<WordReading>))]
internal sealed partial class WordReadingJsonContext : JsonSerializerContext
{
}
