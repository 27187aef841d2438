using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>
/// Turns a byte offset in a JSON file into what a person can find: a JSON path (<c>$[3].source.line</c>)
/// and a 1-based line number. Used only when a file is refused, so it may read the file again.
/// </summary>
internal static class JsonLocation
{
    /// <summary>The 1-based line the byte at <paramref name="offset"/> is on.</summary>
    public static long LineAt(ReadOnlySpan<byte> utf8, long offset) =>
        utf8[..(int)Math.Clamp(offset, 0, utf8.Length)].Count((byte)'\n') + 1;

    /// <summary>The byte offset of a 0-based line and byte position, as <see cref="JsonException"/> reports them.</summary>
    public static long OffsetOf(ReadOnlySpan<byte> utf8, long zeroBasedLine, long bytePositionInLine)
    {
        var offset = 0;
        for (var line = 0L; line < zeroBasedLine; line++)
        {
            var next = utf8[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return utf8.Length;
            }

            offset += next + 1;
        }

        return Math.Min(offset + bytePositionInLine, utf8.Length);
    }

    /// <summary>
    /// The JSON path of the token that starts at <paramref name="offset"/>, in System.Text.Json's
    /// notation: the properties and array indexes that lead to it. Reading stops quietly at malformed
    /// JSON, giving the path as far as it got.
    /// </summary>
    public static string PathAt(ReadOnlySpan<byte> utf8, long offset)
    {
        // One frame per open container: an array's current index, or an object's current property.
        var frames = new List<(bool IsArray, int Index, string? Property)>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 1024 });
        try
        {
            while (reader.Read() && reader.TokenStartIndex <= offset)
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = (false, 0, reader.GetString());
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        CountElement(frames);
                        frames.Add((reader.TokenType == JsonTokenType.StartArray, -1, null));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        if (reader.TokenStartIndex < offset)
                        {
                            frames.RemoveAt(frames.Count - 1);
                        }

                        break;
                    default:
                        CountElement(frames);
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Malformed JSON or invalid UTF-8 in a name: the path so far is the best there is.
        }

        var path = new StringBuilder("$");
        foreach (var (isArray, index, property) in frames)
        {
            if (isArray && index >= 0)
            {
                path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (!isArray && property is not null)
            {
                path.Append(IsPlainName(property) ? "." + property : "['" + property.Replace("'", "\\'", StringComparison.Ordinal) + "']");
            }
        }

        return path.ToString();
    }

    private static void CountElement(List<(bool IsArray, int Index, string? Property)> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
        }
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
