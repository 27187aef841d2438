using System.Text.Json;
using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Benchmarks;

/// <summary>What a user would write without the package's loader: reflection-based System.Text.Json
/// with the same naming, into the same records.</summary>
internal static class ReflectionOptions
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };
}
