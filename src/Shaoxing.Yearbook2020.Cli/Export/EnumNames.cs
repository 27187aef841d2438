using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>The names the package writes for an enum's members: each member's <see cref="JsonStringEnumMemberNameAttribute"/>, else its own name.</summary>
internal static class EnumNames
{
    /// <summary>The written names of an enum type's members, in declaration order; empty for a type that is not an enum.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "TrimmerRoots.xml keeps the package's model whole: every enum of its records keeps its fields.")]
    public static ImmutableArray<string> Of(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (!underlying.IsEnum)
        {
            return [];
        }

        return [.. underlying.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name)];
    }
}
