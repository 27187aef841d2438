using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>Writes and reads a time of day as <c>HH:mm</c>, the data files' time format (the seed gives no seconds).</summary>
internal sealed class HourMinuteTimeConverter : JsonConverter<TimeOnly>
{
    private const string Format = "HH:mm";

    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is null || !TimeOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            throw new JsonException($"'{text}' is not a time of day written HH:mm.");
        }

        return time;
    }

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
    }
}
