using System.Text;
using System.Text.Json;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>
/// The JSON names of an enum's members (the <c>[JsonStringEnumMemberName]</c> of each), for reading
/// without reflection. <c>EnumNamesTests</c> checks each table against the serializer's own output.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private readonly (string Name, byte[] Utf8, TEnum Value)[] members;

    public EnumNames(params (string Name, TEnum Value)[] members)
    {
        // A plain loop: LINQ over these value-type tuples would be JIT-compiled afresh for every enum at start-up.
        this.members = new (string, byte[], TEnum)[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            this.members[i] = (members[i].Name, Encoding.UTF8.GetBytes(members[i].Name), members[i].Value);
        }
    }

    /// <summary>Every member: its JSON name and value.</summary>
    public IEnumerable<(string Name, TEnum Value)> Members => members.Select(m => (m.Name, m.Value));

    /// <summary>The JSON name of a value, as the data files write it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a named member.</exception>
    public string NameOf(TEnum value)
    {
        foreach (var member in members)
        {
            if (EqualityComparer<TEnum>.Default.Equals(member.Value, value))
            {
                return member.Name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no member of this value.");
    }

    /// <summary>The names, for messages.</summary>
    public string List => string.Join(", ", members.Select(m => m.Name));

    /// <summary>Matches the string token the reader is on (exactly: case and spelling).</summary>
    public bool TryParse(ref Utf8JsonReader json, out TEnum value)
    {
        if (json.ValueIsEscaped)
        {
            var text = json.GetString();
            foreach (var member in members)
            {
                if (member.Name == text)
                {
                    value = member.Value;
                    return true;
                }
            }
        }
        else
        {
            var name = json.ValueSpan;
            foreach (var member in members)
            {
                if (name.SequenceEqual(member.Utf8))
                {
                    value = member.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }
}
