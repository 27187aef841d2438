using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>
/// A strict, forward-only reader of the data files over <see cref="Utf8JsonReader"/>, used by one
/// reader per record type (<c>{Record}Reader</c>), which the build's source generator writes from the
/// record's declaration (see <see cref="GenerateRecordReadersAttribute"/>).
/// </summary>
/// <remarks>
/// <para>
/// Why not <c>JsonSerializer</c> with the source-generated context (which still writes the files):
/// the records are <c>required</c>/<c>init</c>, and System.Text.Json's source generator reads such types
/// through its constructor-argument path (values boxed into an argument array, the object built at
/// the end), which measured 3× the cost of a bare <see cref="Utf8JsonReader"/> pass and slower than
/// reflection (tests/Shaoxing.Yearbook2020.Benchmarks/README.md). Reading straight into locals and
/// building each record once keeps the records immutable and costs little more than the bare pass.
/// </para>
/// <para>
/// It is as strict as the serializer options were: comments, trailing commas, unknown, duplicated or
/// missing properties (optional ones included: the generator writes every property), nulls where the
/// model has no null, numbers out of range or with a fraction where a whole number is needed, and
/// enum names in another spelling are all refused with a <see cref="DataFormatException"/> at the
/// offending token.
/// </para>
/// </remarks>
[GenerateRecordReaders(typeof(DatasetManifest))]
internal ref struct DataReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = 64,
    };

    private readonly ReadOnlySpan<byte> file;
    private readonly StringCache strings = new();
    private Utf8JsonReader json;

    private DataReader(ReadOnlySpan<byte> utf8)
    {
        file = utf8;
        json = new Utf8JsonReader(utf8, Options);
    }

    /// <summary>Reads a whole file that holds one JSON array of records.</summary>
    /// <exception cref="DataFormatException">The data is not an array of that record type.</exception>
    /// <exception cref="JsonException">The bytes are not well-formed JSON.</exception>
    public static ImmutableArray<T> ReadArrayFile<T>(ReadOnlySpan<byte> utf8, ItemReader<T> readItem)
    {
        var reader = new DataReader(utf8);
        reader.Advance();
        var items = reader.Array(readItem);
        reader.ExpectEnd();
        return items;
    }

    /// <summary>Reads a whole file that holds one JSON object.</summary>
    /// <exception cref="DataFormatException">The data is not that record type.</exception>
    /// <exception cref="JsonException">The bytes are not well-formed JSON.</exception>
    public static T ReadObjectFile<T>(ReadOnlySpan<byte> utf8, ItemReader<T> read)
    {
        var reader = new DataReader(utf8);
        reader.Advance();
        var value = read(ref reader);
        reader.ExpectEnd();
        return value;
    }

    /// <summary>Whether the current token is JSON <c>null</c>.</summary>
    public bool IsNull => json.TokenType == JsonTokenType.Null;

    /// <summary>Starts reading a record: the current token must be <c>{</c>.</summary>
    public ObjectScope StartObject(PropertyNames names)
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            FailExpected("an object (" + names.TypeName + ")");
        }

        return new ObjectScope(names, json.TokenStartIndex);
    }

    /// <summary>
    /// Moves to the next property's value and sets <see cref="ObjectScope.Current"/>; at the end of the
    /// object, checks that every property was present and returns <see langword="false"/>.
    /// </summary>
    public bool NextProperty(ref ObjectScope scope)
    {
        Advance();
        var names = scope.Names;
        if (json.TokenType == JsonTokenType.EndObject)
        {
            if (scope.Seen != names.AllSeen)
            {
                var missing = BitOperations.TrailingZeroCount(~scope.Seen);
                throw new DataFormatException(
                    $"the {names.TypeName} has no property '{names[missing]}' (the generator writes every property, null included).",
                    scope.Start);
            }

            return false;
        }

        var index = names.IndexOf(ref json, scope.Current + 1);
        if (index < 0)
        {
            Fail($"'{PropertyNameForMessage()}' is not a property of {names.TypeName} (it has: {names.List}).");
        }

        var bit = 1UL << index;
        if ((scope.Seen & bit) != 0)
        {
            Fail($"the property '{names[index]}' appears twice in one {names.TypeName}.");
        }

        scope.Seen |= bit;
        scope.Current = index;
        Advance();
        return true;
    }

    /// <summary>Reads a string that must not be null.</summary>
    public string String()
    {
        if (json.TokenType != JsonTokenType.String)
        {
            FailExpected("a string");
        }

        // A short value is looked up by its bytes in place: most of them (roles, ids, names) repeat.
        var value = json.ValueSpan;
        if (json.ValueIsEscaped || value.Length > StringCache.MaxLength || !file.Overlaps(value, out var start))
        {
            return GetString();
        }

        if (strings.Find(file, start, value.Length, out var tag) is { } cached)
        {
            return cached;
        }

        var made = GetString();
        strings.Add(start, tag, made);
        return made;
    }

    /// <summary>Reads a string or null.</summary>
    public string? NullableString() => IsNull ? null : String();

    /// <summary>Reads a whole number that fits in 32 bits.</summary>
    public int Int32()
    {
        if (json.TokenType != JsonTokenType.Number || !json.TryGetInt32(out var value))
        {
            FailExpected("a whole number (32-bit)");
            return 0;
        }

        return value;
    }

    /// <summary>Reads a whole number or null.</summary>
    public int? NullableInt32() => IsNull ? null : Int32();

    /// <summary>Reads a decimal number.</summary>
    public decimal Decimal()
    {
        if (json.TokenType != JsonTokenType.Number || !json.TryGetDecimal(out var value))
        {
            FailExpected("a decimal number");
            return 0;
        }

        return value;
    }

    /// <summary>Reads a decimal number or null.</summary>
    public decimal? NullableDecimal() => IsNull ? null : Decimal();

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    public bool Boolean() => json.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => FailExpected<bool>("true or false"),
    };

    /// <summary>Reads a date written <c>yyyy-MM-dd</c> (ISO 8601, as System.Text.Json writes <see cref="DateOnly"/>).</summary>
    public DateOnly Date()
    {
        // Parsed by hand: DateOnly.TryParseExact's first call initialises globalization data (about 30 ms
        // of a cold start) for a format that is four digits, two, and two.
        Span<char> text = stackalloc char[10];
        if (!TryCopyShortString(text, out var length)
            || length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text[5..7], out var month) || !TryDigits(text[8..], out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            FailExpected("a date written yyyy-MM-dd");
            return default;
        }

        return new DateOnly(year, month, day);
    }

    /// <summary>Reads a date or null.</summary>
    public DateOnly? NullableDate() => IsNull ? null : Date();

    /// <summary>Reads a time of day written <c>HH:mm</c> (the data files' time format, see <see cref="HourMinuteTimeConverter"/>), or null.</summary>
    public TimeOnly? NullableHourMinute()
    {
        if (IsNull)
        {
            return null;
        }

        Span<char> text = stackalloc char[5];
        if (!TryCopyShortString(text, out var length)
            || length != 5 || text[2] != ':'
            || !TryDigits(text[..2], out var hour) || !TryDigits(text[3..], out var minute)
            || hour > 23 || minute > 59)
        {
            FailExpected("a time of day written HH:mm");
            return default;
        }

        return new TimeOnly(hour, minute);
    }

    /// <summary>Reads an enum member by its JSON name.</summary>
    public TEnum Enum<TEnum>(EnumNames<TEnum> names)
        where TEnum : struct, Enum
    {
        if (json.TokenType != JsonTokenType.String)
        {
            FailExpected("one of: " + names.List);
        }

        if (!names.TryParse(ref json, out var value))
        {
            Fail($"'{GetString()}' is not a {typeof(TEnum).Name} (expected one of: {names.List}).");
        }

        return value;
    }

    /// <summary>Reads a nested record, or null.</summary>
    public T? Nullable<T>(ItemReader<T> read)
        where T : class => IsNull ? null : read(ref this);

    /// <summary>Reads an array of values, each with <paramref name="readItem"/>.</summary>
    public ImmutableArray<T> Array<T>(ItemReader<T> readItem)
    {
        if (json.TokenType != JsonTokenType.StartArray)
        {
            FailExpected("an array");
        }

        T[]? items = null;
        var count = 0;
        while (true)
        {
            Advance();
            if (json.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            items ??= new T[4];
            if (count == items.Length)
            {
                System.Array.Resize(ref items, count * 2);
            }

            items[count++] = readItem(ref this);
        }

        if (items is null)
        {
            return [];
        }

        if (count != items.Length)
        {
            System.Array.Resize(ref items, count);
        }

        // The array was built here and is never touched again: handing it over without a copy is safe.
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    /// <summary>Reads an array of strings, none null.</summary>
    public ImmutableArray<string> StringArray() => Array(static (ref DataReader r) => r.String());

    /// <summary>Reads an array of enum members by their JSON names.</summary>
    public ImmutableArray<TEnum> EnumArray<TEnum>(EnumNames<TEnum> names)
        where TEnum : struct, Enum
    {
        if (json.TokenType != JsonTokenType.StartArray)
        {
            FailExpected("an array");
        }

        var items = ImmutableArray.CreateBuilder<TEnum>();
        while (true)
        {
            Advance();
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return items.DrainToImmutable();
            }

            items.Add(Enum(names));
        }
    }

    // Called once or twice per token: inlined, with the failure kept out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance()
    {
        if (!json.Read())
        {
            FailTruncated();
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void FailTruncated() => Fail("the data ends before the value is complete.");

    private void ExpectEnd()
    {
        if (json.Read())
        {
            Fail("there is more data after the first value.");
        }
    }

    private string GetString()
    {
        try
        {
            return json.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            // Invalid UTF-8 in a string is found only when it is transcoded.
            throw new DataFormatException("the string is not valid UTF-8: " + ex.Message, json.TokenStartIndex);
        }
    }

    /// <summary>Copies a short string value (a date, a time) into a buffer; false if it is not a string or too long.</summary>
    private bool TryCopyShortString(scoped Span<char> destination, out int length)
    {
        length = 0;
        if (json.TokenType != JsonTokenType.String || json.ValueSpan.Length > destination.Length)
        {
            return false;
        }

        try
        {
            length = json.CopyString(destination);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false; // invalid UTF-8: not a date either
        }
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private string PropertyNameForMessage() => json.ValueIsEscaped
        ? GetString()
        : Encoding.UTF8.GetString(json.ValueSpan); // replaces invalid UTF-8 instead of throwing

    [DoesNotReturn]
    private void Fail(string reason) => throw new DataFormatException(reason, json.TokenStartIndex);

    [DoesNotReturn]
    private void FailExpected(string what) => Fail($"expected {what}, found {Describe(json.TokenType)}.");

    [DoesNotReturn]
    private T FailExpected<T>(string what) => throw new DataFormatException($"expected {what}, found {Describe(json.TokenType)}.", json.TokenStartIndex);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
