using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// The serializer options the loader reads data files with: the source-generated context, with
/// every property of every record made required. The generator always writes every property (nulls
/// included), so a property missing from a data file means the file was damaged; without this, a
/// deleted optional property would load silently as null.
/// </summary>
internal static class StrictJson
{
    public static readonly JsonSerializerOptions Options = new(YearbookJsonContext.Default.Options)
    {
        TypeInfoResolver = YearbookJsonContext.Default.WithAddedModifier(static typeInfo =>
        {
            if (typeInfo.Kind == JsonTypeInfoKind.Object)
            {
                foreach (var property in typeInfo.Properties.Where(p => p.Set is not null))
                {
                    property.IsRequired = true;
                }
            }
        }),
    };

    /// <summary>The strict metadata for a type the context knows.</summary>
    public static JsonTypeInfo<T> For<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}
