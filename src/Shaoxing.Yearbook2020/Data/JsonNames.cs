using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Shaoxing.Yearbook2020.Data.Reading;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// The names the data files and the package's JSON write for the values of the model's enums (each member's
/// <see cref="JsonStringEnumMemberNameAttribute"/>, such as <c>road-traffic</c>), from the same table the readers and
/// writers use, without reflection. For a user who shows, accepts or matches those names (a command line, a form, a
/// query string) and wants them to be exactly the data's.
/// </summary>
public static class JsonNames
{
    /// <summary>The name the data files write for a value.</summary>
    /// <typeparam name="TEnum">An enum of the model (<c>Shaoxing.Yearbook2020.Model</c>).</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>Its name, e.g. <c>national-body</c> for <see cref="Model.AgencyKind.NationalBody"/>.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TEnum"/> is not an enum of the data files.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a named member.</exception>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => TableOf<TEnum>().NameOf(value);

    /// <summary>The value a name stands for, compared exactly (case and spelling), as the readers compare it.</summary>
    /// <typeparam name="TEnum">An enum of the model (<c>Shaoxing.Yearbook2020.Model</c>).</typeparam>
    /// <param name="name">The name, e.g. <c>national-body</c>.</param>
    /// <param name="value">The value, when the name is one.</param>
    /// <returns>Whether <paramref name="name"/> is the name of a member.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TEnum"/> is not an enum of the data files.</exception>
    public static bool TryParse<TEnum>(string name, out TEnum value)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var member in TableOf<TEnum>().Members)
        {
            if (string.Equals(member.Name, name, StringComparison.Ordinal))
            {
                value = member.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Every name of an enum, in the order its members are declared.</summary>
    /// <typeparam name="TEnum">An enum of the model (<c>Shaoxing.Yearbook2020.Model</c>).</typeparam>
    /// <returns>The names.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TEnum"/> is not an enum of the data files.</exception>
    public static ImmutableArray<string> All<TEnum>()
        where TEnum : struct, Enum => [.. TableOf<TEnum>().Members.Select(m => m.Name)];

    private static EnumNames<TEnum> TableOf<TEnum>()
        where TEnum : struct, Enum =>
        DataEnums.For<TEnum>() ?? throw new ArgumentException($"{typeof(TEnum).Name} is not an enum of the data files.", nameof(TEnum));
}
