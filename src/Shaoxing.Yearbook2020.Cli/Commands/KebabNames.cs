using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>Reads and writes enum values the way the data files write them (<c>road-traffic</c>).</summary>
internal static class KebabNames
{
    /// <summary>
    /// The name the data files write for a value: its member's <see cref="JsonStringEnumMemberNameAttribute"/> (every
    /// enum of the package has one, so the CLI can never name a value differently from the data), else the member's
    /// name in kebab-case.
    /// </summary>
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        if (typeof(T).GetField(name)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>() is { } written)
        {
            return written.Name;
        }

        var builder = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string All<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(Of));
}
