using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Extractor.English;

/// <summary>Reads the glossary files strictly: unknown and duplicate properties are errors.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(ImmutableArray<GlossaryEntry>))]
internal sealed partial class GlossaryJsonContext : JsonSerializerContext
{
}
